// Pinyin search keys (namePinyin 'jingdongfang', nameInitials 'jdf', written by the importer):
// RANGE indexes serve the `STARTS WITH` prefix seeks of search/search-names. Idempotent.
CREATE INDEX enterprise_name_pinyin IF NOT EXISTS FOR (n:Enterprise) ON (n.namePinyin);
CREATE INDEX enterprise_name_initials IF NOT EXISTS FOR (n:Enterprise) ON (n.nameInitials);
CREATE INDEX segment_name_pinyin IF NOT EXISTS FOR (n:Segment) ON (n.namePinyin);
CREATE INDEX segment_name_initials IF NOT EXISTS FOR (n:Segment) ON (n.nameInitials);
