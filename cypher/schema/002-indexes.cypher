// Lookup and search indexes. Idempotent.
CREATE INDEX segment_chain IF NOT EXISTS FOR (n:Segment) ON (n.chainId);
CREATE INDEX enterprise_uscc IF NOT EXISTS FOR (n:Enterprise) ON (n.uscc);
CREATE INDEX project_stage IF NOT EXISTS FOR (n:Project) ON (n.stage);
CREATE TEXT INDEX enterprise_name_text IF NOT EXISTS FOR (n:Enterprise) ON (n.name);
CREATE TEXT INDEX segment_name_text IF NOT EXISTS FOR (n:Segment) ON (n.name);
CREATE FULLTEXT INDEX search_names IF NOT EXISTS FOR (n:Enterprise|Segment|Chain) ON EACH [n.name, n.nameEn]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
CREATE INDEX enterprise_year_year IF NOT EXISTS FOR (n:EnterpriseYear) ON (n.year);
CREATE INDEX local_count_region_chain IF NOT EXISTS FOR (n:LocalCount) ON (n.region, n.chainId);
CREATE INDEX enterprise_scale_id IF NOT EXISTS FOR (n:Enterprise) ON (n.scale, n.id);
