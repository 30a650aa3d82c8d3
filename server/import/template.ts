import { DEFINING_TABLE, ENUMS, TABLES, type ColumnSpec, type TableName } from './tables.js';

/**
 * The import template (下载导入模板): one sheet per table under its Chinese name, the Chinese
 * headers, one illustrative row (two where a row needs two of a kind: a flow joins two segments, a
 * supply link two enterprises), and an instructions sheet "_说明" that the importer skips (its name
 * starts with "_"). Every example is marked 【示意】 and its evidence is INFERRED; no USCC is made up.
 * It imports as it is, so the example rows show the format working; replace them with real rows.
 * The server hands this out (`workbookFormat`); the browser writes the XLSX from it.
 */

/** The header a template uses for a column: its first alias (the Chinese name), else its name. */
export function templateHeader(column: ColumnSpec): string {
  return column.aliases.find((a) => /[\u3400-\u9fff]/.test(a)) ?? column.name;
}

/** The sheet name a template uses for a table: its first Chinese alias. */
export function templateSheet(table: TableName): string {
  const spec = TABLES.find((t) => t.name === table)!;
  return spec.aliases.find((a) => /[\u3400-\u9fff]/.test(a)) ?? spec.name;
}

/** Example rows by table, by canonical column; values are written as a user would (Chinese enum names). */
export const TEMPLATE_EXAMPLES: Record<TableName, Array<Record<string, string | number>>> = {
  regions: [{ code: 'CN', name: '中国', level: '国家' }],
  chains: [{ id: 'example-chain', name: '示例产业链【示意】', name_en: 'Example chain', description: '示意数据：替换为实际的产业链' }],
  segments: [
    { id: 'example-upstream', chain_id: 'example-chain', name: '示例上游环节【示意】', stage: '上游', order: 1 },
    { id: 'example-downstream', chain_id: 'example-chain', name: '示例下游环节【示意】', stage: '下游', order: 1 },
  ],
  flows: [{ from_segment_id: 'example-upstream', to_segment_id: 'example-downstream' }],
  enterprises: [
    { id: 'example-supplier', name: '示例供应企业【示意】', region_code: 'CN', scale: '中型', listed: '否' },
    { id: 'example-customer', name: '示例整机企业【示意】', region_code: 'CN', scale: '大型', listed: '否' },
  ],
  enterprise_segments: [
    { enterprise_id: 'example-supplier', segment_id: 'example-upstream', role: '生产', products: '示例产品', evidence: '推断', source: '示意：填写来源与日期，如“某公司 2024 年年报”“某日新闻报道”' },
  ],
  chain_masters: [{ enterprise_id: 'example-customer', chain_id: 'example-chain' }],
  supplies: [{ supplier_id: 'example-supplier', customer_id: 'example-customer', products: '示例产品', evidence: '推断', source: '示意：填写来源与日期' }],
  parks: [{ id: 'example-park', name: '示例产业园【示意】', region_code: 'CN' }],
  enterprise_parks: [{ enterprise_id: 'example-supplier', park_id: 'example-park' }],
  park_themes: [{ park_id: 'example-park', segment_id: 'example-upstream' }],
  parcels: [{ id: 'example-parcel', name: '示例地块【示意】', region_code: 'CN', park_id: 'example-park', area_mu: 50, use: '工业', status: '可供', min_investment_wan_per_mu: 300 }],
  parcel_segments: [{ parcel_id: 'example-parcel', segment_id: 'example-upstream' }],
  units: [{ id: 'example-unit', name: '示例责任单位【示意】', kind: '部门' }],
  officials: [{ id: 'example-official', name: '按职务填写，如“管委主任”【示意】', post: '管委主任' }],
  projects: [
    {
      id: 'example-project',
      name: '示例招商项目【示意】',
      region_code: 'CN',
      stage: '线索',
      enterprise_id: 'example-supplier',
      segment_id: 'example-upstream',
      investment_yi: 1,
      confidential: '否',
      responsible_unit_id: 'example-unit',
    },
  ],
  funds: [{ id: 'example-fund', name: '示例产业基金【示意】', size_yi: 10, kind: '产业基金', region_code: 'CN' }],
  fund_focus: [{ fund_id: 'example-fund', segment_id: 'example-upstream' }],
  fund_investments: [{ fund_id: 'example-fund', enterprise_id: 'example-supplier', amount_yi: 0.5, on: '2024-01-01' }],
  platforms: [{ id: 'example-platform', name: '示例创新平台【示意】', kind: '工程技术研究中心', level: '市级', region_code: 'CN', host_enterprise_id: 'example-customer' }],
  platform_segments: [{ platform_id: 'example-platform', segment_id: 'example-upstream' }],
  enterprise_years: [{ enterprise_id: 'example-supplier', year: 2024, output_wan: 10000, tax_wan: 500, land_mu: 20 }],
  chain_chiefs: [{ chain_id: 'example-chain', official_id: 'example-official', role: '链长' }],
  chain_team: [{ chain_id: 'example-chain', unit_id: 'example-unit', role: '牵头' }],
  policies: [{ id: 'example-policy', chain_id: 'example-chain', title: '示例一链一策【示意】', issued_on: '2024-01-01' }],
  targets: [{ chain_id: 'example-chain', year: 2026, indicator: 'SIGNED_PROJECTS', value: 10, unit: '个', kind: '流量' }],
  actuals: [{ chain_id: 'example-chain', indicator: 'OUTPUT_YI', period: '2026-01', value: 1.5, source: '示意：填写来源与日期' }],
  gap_tasks: [{ id: 'example-task', segment_id: 'example-downstream', unit_id: 'example-unit', title: '示例补链任务【示意】', due_on: '2026-12-31', status: '进行中' }],
  milestones: [{ id: 'example-milestone', project_id: 'example-project', name: '示例节点：签约【示意】', planned_on: '2026-06-30', kind: '签约' }],
};

const TYPE_ZH: Record<ColumnSpec['type']['type'], string> = {
  text: '文字',
  key: '编号（字母、数字、- 或 _，全表唯一）',
  ref: '引用',
  enum: '选项',
  int: '整数',
  nonNegative: '不小于 0 的数',
  number: '数字',
  share: '大于 0 且不大于 1 的数',
  year: '年份 1949–2100',
  period: '期间 YYYY、YYYY-Qn 或 YYYY-MM',
  date: '日期 YYYY-MM-DD',
  bool: '是 / 否',
  list: '多个值用 ; 分隔',
  uscc: '18 位统一社会信用代码（不知道就留空，不要编造）',
};

const TYPE_EN: Record<ColumnSpec['type']['type'], string> = {
  text: 'text',
  key: 'id (letters, digits, - or _; unique in the table)',
  ref: 'reference',
  enum: 'one of the values',
  int: 'whole number',
  nonNegative: 'number, 0 or more',
  number: 'number',
  share: 'number, more than 0 and at most 1',
  year: 'year 1949–2100',
  period: 'period YYYY, YYYY-Qn or YYYY-MM',
  date: 'date YYYY-MM-DD',
  bool: 'yes / no (是 / 否)',
  list: 'several values separated by ;',
  uscc: '18-character unified social credit code (leave empty when unknown; never make one up)',
};

function describeEn(column: ColumnSpec): string {
  const type = column.type;
  if (type.type === 'enum') return `one of: ${Object.keys(ENUMS[type.values]).join(', ')} (or the Chinese names)`;
  if (type.type === 'ref') return `the id of a row of ${DEFINING_TABLE[type.kind]} (in this file or already stored)`;
  return TYPE_EN[type.type];
}

function describe(column: ColumnSpec): string {
  const type = column.type;
  if (type.type === 'enum')
    return `选项：${Object.entries(ENUMS[type.values])
      .map(([v, a]) => a[0] ?? v)
      .join('、')}`;
  if (type.type === 'ref') return `引用 ${templateSheet(DEFINING_TABLE[type.kind])} 表的编号（本文件或数据库中已有）`;
  return TYPE_ZH[type.type];
}

export interface WorkbookFormatColumn {
  name: string;
  header: string;
  required: boolean;
  /** text, key, ref, enum, int, nonNegative, date, bool, list or uscc. */
  kind: string;
  /** What a cell holds, in words (Chinese), and in English. */
  description: string;
  descriptionEn: string;
  /** For an enum: the accepted values as a user writes them (Chinese). */
  values: string[];
}

export interface WorkbookFormatTable {
  name: TableName;
  sheet: string;
  columns: WorkbookFormatColumn[];
  /** Example rows, one array of cells per row in column order (null for an empty cell). */
  examples: Array<Array<string | number | null>>;
}

/** The workbook format (tables, Chinese sheet names and headers, example rows) for the help page and the template. */
export function workbookFormat(): WorkbookFormatTable[] {
  return TABLES.map((spec) => ({
    name: spec.name,
    sheet: templateSheet(spec.name),
    columns: spec.columns.map((c) => ({
      name: c.name,
      header: templateHeader(c),
      required: c.required,
      kind: c.type.type,
      description: describe(c),
      descriptionEn: describeEn(c),
      values: c.type.type === 'enum' ? Object.entries(ENUMS[c.type.values]).map(([v, a]) => a[0] ?? v) : [],
    })),
    examples: TEMPLATE_EXAMPLES[spec.name].map((row) => spec.columns.map((c) => row[c.name] ?? null)),
  }));
}
