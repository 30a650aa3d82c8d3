// Pinyin search keys (namePinyin 'jingdongfang', nameInitials 'jdf', written by the importer):
// RANGE indexes serve the `STARTS WITH` prefix seeks of search/search-names. Idempotent.
CREATE INDEX enterprise_name_pinyin IF NOT EXISTS FOR (n:Enterprise) ON (n.namePinyin);
CREATE INDEX enterprise_name_initials IF NOT EXISTS FOR (n:Enterprise) ON (n.nameInitials);
CREATE INDEX segment_name_pinyin IF NOT EXISTS FOR (n:Segment) ON (n.namePinyin);
CREATE INDEX segment_name_initials IF NOT EXISTS FOR (n:Segment) ON (n.nameInitials);
// TEXT indexes serve the CONTAINS scans on the same keys (initials found anywhere in a name).
CREATE TEXT INDEX enterprise_name_pinyin_text IF NOT EXISTS FOR (n:Enterprise) ON (n.namePinyin);
CREATE TEXT INDEX enterprise_name_initials_text IF NOT EXISTS FOR (n:Enterprise) ON (n.nameInitials);
