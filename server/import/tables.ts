/**
 * The chain workbook's tables and columns (PRODUCT.md, "Import format"), with the Chinese and
 * English aliases accepted for table names, headers and enum values. Everything the reader and
 * the validator know about the format lives here, so the format has one definition.
 */

export const TABLE_NAMES = [
  'regions',
  'chains',
  'segments',
  'flows',
  'enterprises',
  'enterprise_segments',
  'chain_masters',
  'supplies',
  'parks',
  'enterprise_parks',
  'projects',
] as const;
export type TableName = (typeof TABLE_NAMES)[number];

/** Kinds of things a column can reference; each is defined by one table's key. */
export type RefKind = 'region' | 'chain' | 'segment' | 'enterprise' | 'park';

export type EnumName = 'level' | 'stage' | 'scale' | 'evidence' | 'projectStage' | 'role';

export type ColumnType =
  | { type: 'text' }
  | { type: 'key' }
  | { type: 'ref'; kind: RefKind }
  | { type: 'enum'; values: EnumName }
  | { type: 'int' }
  | { type: 'nonNegative' }
  /** A fraction: a number greater than 0 and at most 1. */
  | { type: 'share' }
  | { type: 'date' }
  | { type: 'bool' }
  | { type: 'list' }
  | { type: 'uscc' };

export interface ColumnSpec {
  name: string;
  required: boolean;
  type: ColumnType;
  /** Header aliases besides the canonical name (compared after normalizeHeader). */
  aliases: string[];
}

export interface TableSpec {
  name: TableName;
  /** Sheet, file and JSON-key aliases besides the canonical name. */
  aliases: string[];
  columns: ColumnSpec[];
  /** The columns that identify a row; a second row with the same values is a duplicate. */
  key: string[];
  /** The kind of thing this table's key defines, when other tables may reference it. */
  defines?: RefKind;
}

/** Enum values and their aliases (Chinese and English spellings besides the value itself). */
export const ENUMS: Record<EnumName, Record<string, string[]>> = {
  level: {
    COUNTRY: ['国家', '全国', '国家级'],
    PROVINCE: ['省', '省级', '省份', '直辖市', '自治区'],
    CITY: ['市', '市级', '地级市', '城市'],
    DISTRICT: ['区县', '区', '县', '县级', '区级', '县区', '县级市'],
    ZONE: ['园区', '开发区', '功能区', '高新区', '经开区'],
  },
  stage: {
    UPSTREAM: ['上游'],
    MIDSTREAM: ['中游'],
    DOWNSTREAM: ['下游'],
  },
  scale: {
    LARGE: ['大型', '大'],
    MEDIUM: ['中型', '中'],
    SMALL: ['小型', '小'],
    MICRO: ['微型', '微'],
  },
  evidence: {
    CONFIRMED: ['确认', '已确认', '证实'],
    UNCERTAIN: ['存疑', '待确认', '待核实', '不确定'],
    INFERRED: ['推断', '推测'],
  },
  projectStage: {
    LEAD: ['线索'],
    NEGOTIATING: ['在谈', '洽谈'],
    SIGNED: ['签约', '已签约'],
    REGISTERED: ['注册', '已注册', '签约注册'],
    LAND_ACQUIRED: ['拿地', '已拿地', '新拿地'],
    UNDER_CONSTRUCTION: ['在建'],
    IN_PRODUCTION: ['投产', '已投产'],
    DROPPED: ['终止', '已终止'],
  },
  role: {
    PRODUCER: ['生产', '制造', '生产商', '制造商', '生产企业'],
    RESEARCH: ['研发', '研发机构'],
    SERVICE: ['服务', '服务商'],
    TRADER: ['贸易', '贸易商', '经销', '经销商'],
  },
};

const text = (): ColumnType => ({ type: 'text' });
const key = (): ColumnType => ({ type: 'key' });
const ref = (kind: RefKind): ColumnType => ({ type: 'ref', kind });
const enumOf = (values: EnumName): ColumnType => ({ type: 'enum', values });

function col(name: string, required: boolean, type: ColumnType, aliases: string[] = []): ColumnSpec {
  return { name, required, type, aliases };
}

const EVIDENCE = ['证据', '证据等级', '可信度', '依据'];
const SOURCE = ['来源', '数据来源', '出处'];
const PRODUCTS = ['产品', '主要产品', '供应产品'];
const ENTERPRISE_REF = ['企业', '企业编号', '企业id', '企业代码'];
const CHAIN_REF = ['产业链', '产业链编号', '产业链id', '所属产业链', '链', '链编号'];
const SEGMENT_REF = ['环节', '环节编号', '环节id', '所属环节'];
const REGION_REF = ['地区', '地区代码', '所属地区', '所在地区', '区划代码', '行政区划代码', '地区编码'];
const PARK_REF = ['园区', '园区编号', '园区id', '所属园区'];
const NAME_EN = ['英文名', '英文名称', 'english_name'];
const AS_OF = ['数据日期', '截至日期', '数据截至', 'as of'];

export const TABLES: TableSpec[] = [
  {
    name: 'regions',
    aliases: ['地区', '区域', '行政区划', 'region'],
    key: ['code'],
    defines: 'region',
    columns: [
      col('code', true, key(), ['代码', '编码', '区划代码', '行政区划代码', '地区代码', 'id']),
      col('name', true, text(), ['名称', '地区名称', '区域名称']),
      col('level', true, enumOf('level'), ['级别', '层级', '行政级别']),
      col('parent_code', false, ref('region'), ['上级代码', '上级编码', '上级区划代码', '上级地区', '上级', 'parent']),
    ],
  },
  {
    name: 'chains',
    aliases: ['产业链', 'chain'],
    key: ['id'],
    defines: 'chain',
    columns: [
      col('id', true, key(), ['编号', '产业链编号', '产业链id', '代码']),
      col('name', true, text(), ['名称', '产业链名称', '链名称']),
      col('name_en', false, text(), NAME_EN),
      col('description', false, text(), ['描述', '说明', '简介']),
    ],
  },
  {
    name: 'segments',
    aliases: ['环节', '产业链环节', 'segment'],
    key: ['id'],
    defines: 'segment',
    columns: [
      col('id', true, key(), ['编号', '环节编号', '环节id', '代码']),
      col('chain_id', true, ref('chain'), CHAIN_REF),
      col('name', true, text(), ['名称', '环节名称', '环节']),
      col('stage', true, enumOf('stage'), ['阶段', '环节阶段', '上中下游']),
      col('parent_id', false, ref('segment'), ['上级环节', '上级环节编号', '上级编号', '父环节', '上级']),
      col('name_en', false, text(), NAME_EN),
      col('order', false, { type: 'int' }, ['顺序', '排序', '序号']),
    ],
  },
  {
    name: 'flows',
    aliases: ['流向', '环节流向', '上下游关系', 'flow'],
    key: ['from_segment_id', 'to_segment_id'],
    columns: [
      col('from_segment_id', true, ref('segment'), ['上游环节', '来源环节', '起始环节', '从环节', 'from']),
      col('to_segment_id', true, ref('segment'), ['下游环节', '目标环节', '去向环节', '到环节', 'to']),
    ],
  },
  {
    name: 'enterprises',
    aliases: ['企业', '企业名录', 'enterprise'],
    key: ['id'],
    defines: 'enterprise',
    columns: [
      col('id', true, key(), ['编号', '企业编号', '企业id']),
      col('name', true, text(), ['名称', '企业名称', '企业名']),
      col('region_code', true, ref('region'), REGION_REF),
      col('uscc', false, { type: 'uscc' }, ['统一社会信用代码', '社会信用代码', '信用代码', '代码']),
      col('scale', false, enumOf('scale'), ['规模', '企业规模']),
      col('listed', false, { type: 'bool' }, ['是否上市', '上市']),
      col('founded', false, { type: 'date' }, ['成立日期', '成立时间', '注册日期']),
      col('tags', false, { type: 'list' }, ['标签']),
      col('name_en', false, text(), NAME_EN),
      col('source', false, text(), SOURCE),
      col('as_of', false, { type: 'date' }, AS_OF),
    ],
  },
  {
    name: 'enterprise_segments',
    aliases: ['企业环节', '企业-环节', '企业所属环节', 'enterprise_segment'],
    key: ['enterprise_id', 'segment_id'],
    columns: [
      col('enterprise_id', true, ref('enterprise'), ENTERPRISE_REF),
      col('segment_id', true, ref('segment'), SEGMENT_REF),
      col('role', false, enumOf('role'), ['角色']),
      col('products', false, text(), PRODUCTS),
      col('evidence', false, enumOf('evidence'), EVIDENCE),
      col('source', false, text(), SOURCE),
    ],
  },
  {
    name: 'chain_masters',
    aliases: ['链主', '链主企业', 'chain_master'],
    key: ['enterprise_id', 'chain_id'],
    columns: [
      col('enterprise_id', true, ref('enterprise'), [...ENTERPRISE_REF, '链主', '链主企业']),
      col('chain_id', true, ref('chain'), CHAIN_REF),
    ],
  },
  {
    name: 'supplies',
    aliases: ['供应', '供应关系', '配套关系', 'supply'],
    key: ['supplier_id', 'customer_id'],
    columns: [
      col('supplier_id', true, ref('enterprise'), ['供应商', '供应商编号', '供应企业', '供方']),
      col('customer_id', true, ref('enterprise'), ['客户', '客户编号', '客户企业', '采购方', '需方']),
      col('products', false, text(), PRODUCTS),
      col('since', false, { type: 'date' }, ['起始日期', '开始日期', '始于', '合作开始日期']),
      col('evidence', false, enumOf('evidence'), EVIDENCE),
      col('source', false, text(), SOURCE),
      col('share', false, { type: 'share' }, ['份额', '采购份额', '供应份额', '占比', '采购占比']),
    ],
  },
  {
    name: 'parks',
    aliases: ['园区', 'park'],
    key: ['id'],
    defines: 'park',
    columns: [
      col('id', true, key(), ['编号', '园区编号', '园区id']),
      col('name', true, text(), ['名称', '园区名称']),
      col('region_code', true, ref('region'), REGION_REF),
      col('source', false, text(), SOURCE),
      col('as_of', false, { type: 'date' }, AS_OF),
    ],
  },
  {
    name: 'enterprise_parks',
    aliases: ['入驻', '企业园区', '入驻企业', 'enterprise_park'],
    key: ['enterprise_id', 'park_id'],
    columns: [
      col('enterprise_id', true, ref('enterprise'), ENTERPRISE_REF),
      col('park_id', true, ref('park'), PARK_REF),
      col('since', false, { type: 'date' }, ['入驻日期', '入驻时间', '起始日期']),
    ],
  },
  {
    name: 'projects',
    aliases: ['项目', '项目库', 'project'],
    key: ['id'],
    columns: [
      col('id', true, key(), ['编号', '项目编号', '项目id']),
      col('name', true, text(), ['名称', '项目名称']),
      col('region_code', true, ref('region'), REGION_REF),
      col('stage', true, enumOf('projectStage'), ['阶段', '项目阶段', '进展', '状态']),
      col('enterprise_id', false, ref('enterprise'), [...ENTERPRISE_REF, '投资方', '投资企业']),
      col('segment_id', false, ref('segment'), [...SEGMENT_REF, '目标环节']),
      col('park_id', false, ref('park'), PARK_REF),
      col('investment_yi', false, { type: 'nonNegative' }, ['投资额', '投资额(亿元)', '总投资', '总投资(亿元)', '投资(亿元)', '投资额亿元']),
      col('signed_on', false, { type: 'date' }, ['签约日期', '签约时间']),
      col('planned_production_on', false, { type: 'date' }, ['计划投产日期', '预计投产日期', '计划投产时间']),
      col('confidential', false, { type: 'bool' }, ['保密', '是否保密']),
      col('source', false, text(), SOURCE),
      col('as_of', false, { type: 'date' }, AS_OF),
    ],
  },
];

export const TABLE_BY_NAME = new Map<TableName, TableSpec>(TABLES.map((t) => [t.name, t]));

export function tableSpec(name: TableName): TableSpec {
  return TABLE_BY_NAME.get(name)!;
}

/** Which table defines each reference kind. */
export const DEFINING_TABLE: Record<RefKind, TableName> = {
  region: 'regions',
  chain: 'chains',
  segment: 'segments',
  enterprise: 'enterprises',
  park: 'parks',
};

/**
 * Canonical form of a header, table name or English enum value: trimmed, full-width brackets and
 * spaces folded, a trailing required-marker `*` dropped, camelCase and spaces/hyphens turned into
 * snake_case, lower case. `Chain ID`, `chainId` and `chain-id*` all become `chain_id`.
 */
export function normalizeHeader(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/\u3000/g, ' ')
    .trim()
    .replace(/\s*[*＊]\s*$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[\s-]+/g, '_')
    .toLowerCase();
}

const tableLookup = new Map<string, TableName>();
for (const t of TABLES) {
  for (const alias of [t.name, ...t.aliases]) tableLookup.set(normalizeHeader(alias), t.name);
}

/** The table a sheet, file or JSON key names, or null when it names none. */
export function resolveTableName(raw: string): TableName | null {
  return tableLookup.get(normalizeHeader(raw)) ?? null;
}

const columnLookups = new Map<TableName, Map<string, ColumnSpec>>();
for (const t of TABLES) {
  const lookup = new Map<string, ColumnSpec>();
  for (const c of t.columns) {
    for (const alias of [c.name, ...c.aliases]) {
      const k = normalizeHeader(alias);
      if (lookup.has(k) && lookup.get(k) !== c) throw new Error(`ambiguous header alias ${alias} in ${t.name}`);
      lookup.set(k, c);
    }
  }
  columnLookups.set(t.name, lookup);
}

/** The column a header names in a table, or null when it names none. */
export function resolveColumn(table: TableName, header: string): ColumnSpec | null {
  return columnLookups.get(table)!.get(normalizeHeader(header)) ?? null;
}

const enumLookups = new Map<EnumName, Map<string, string>>();
for (const [name, values] of Object.entries(ENUMS) as Array<[EnumName, Record<string, string[]>]>) {
  const lookup = new Map<string, string>();
  for (const [value, aliases] of Object.entries(values)) {
    lookup.set(normalizeHeader(value), value);
    for (const alias of aliases) lookup.set(normalizeHeader(alias), value);
  }
  enumLookups.set(name, lookup);
}

/** The enum value a cell means (English case-insensitive, or a Chinese alias), or null. */
export function resolveEnum(name: EnumName, raw: string): string | null {
  return enumLookups.get(name)!.get(normalizeHeader(raw)) ?? null;
}
