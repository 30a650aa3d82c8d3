import ExcelJS from 'exceljs';
import { ENUMS, TABLES, type ColumnSpec, type TableName } from './tables.js';

/**
 * The import template (下载导入模板): one sheet per table under its Chinese name, the Chinese
 * headers, one illustrative row (two where a row needs two of a kind: a flow joins two segments, a
 * supply link two enterprises), and an instructions sheet "_说明" that the importer skips (its name
 * starts with "_"). Every example is marked 【示意】 and its evidence is INFERRED; no USCC is made up.
 * It imports as it is, so the example rows show the format working; replace them with real rows.
 * Pure data (no I/O): the browser and the server build the same workbook.
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
  enterprise_segments: [{ enterprise_id: 'example-supplier', segment_id: 'example-upstream', role: '生产', products: '示例产品', evidence: '推断', source: '示意：填写来源与日期，如“某公司 2024 年年报”“某日新闻报道”' }],
  chain_masters: [{ enterprise_id: 'example-customer', chain_id: 'example-chain' }],
  supplies: [{ supplier_id: 'example-supplier', customer_id: 'example-customer', products: '示例产品', evidence: '推断', source: '示意：填写来源与日期' }],
  parks: [{ id: 'example-park', name: '示例产业园【示意】', region_code: 'CN' }],
  enterprise_parks: [{ enterprise_id: 'example-supplier', park_id: 'example-park' }],
  projects: [{ id: 'example-project', name: '示例招商项目【示意】', region_code: 'CN', stage: '线索', enterprise_id: 'example-supplier', segment_id: 'example-upstream', investment_yi: 1, confidential: '否' }],
};

const TYPE_ZH: Record<ColumnSpec['type']['type'], string> = {
  text: '文字',
  key: '编号（字母、数字、- 或 _，全表唯一）',
  ref: '引用',
  enum: '选项',
  int: '整数',
  nonNegative: '不小于 0 的数',
  date: '日期 YYYY-MM-DD',
  bool: '是 / 否',
  list: '多个值用 ; 分隔',
  uscc: '18 位统一社会信用代码（不知道就留空，不要编造）',
};

function describe(column: ColumnSpec): string {
  const type = column.type;
  if (type.type === 'enum') return `选项：${Object.entries(ENUMS[type.values]).map(([v, a]) => a[0] ?? v).join('、')}`;
  if (type.type === 'ref') return `引用 ${templateSheet(({ region: 'regions', chain: 'chains', segment: 'segments', enterprise: 'enterprises', park: 'parks' } as const)[type.kind])} 表的编号（本文件或数据库中已有）`;
  return TYPE_ZH[type.type];
}

/** The template as an XLSX file. */
export async function buildImportTemplate(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = 'ChainAtlas';
  book.title = 'ChainAtlas 导入模板';
  const help = book.addWorksheet('_说明');
  help.columns = [{ width: 18 }, { width: 26 }, { width: 8 }, { width: 70 }];
  help.addRow(['ChainAtlas 导入模板']).font = { bold: true, size: 14 };
  help.addRow(['每个工作表是一张表，第一行是表头（中文或英文列名都可以），从第二行起每行一条记录。']);
  help.addRow(['示例行标有【示意】，仅说明格式：请换成实际数据。名称以 _ 开头的工作表（如本页）导入时会被忽略。']);
  help.addRow(['先在“数据导入”页“试导入”检查：每个问题都会指出工作表、行号和列名；没有问题再正式导入，要么全部写入，要么都不写。']);
  help.addRow(['来源要写明是什么、何时（如“某公司 2024 年年报”“某日新闻报道”“公司官网”）；不确定的关系证据填“推断”或“存疑”。']);
  help.addRow([]);
  help.addRow(['工作表', '列', '必填', '内容']).font = { bold: true };
  for (const spec of TABLES) {
    for (const column of spec.columns) help.addRow([templateSheet(spec.name), templateHeader(column), column.required ? '是' : '', describe(column)]);
  }
  for (const spec of TABLES) {
    const ws = book.addWorksheet(templateSheet(spec.name), { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = spec.columns.map((c) => ({ header: templateHeader(c), width: Math.max(12, templateHeader(c).length * 2 + 4) }));
    ws.getRow(1).font = { bold: true };
    for (const example of TEMPLATE_EXAMPLES[spec.name]) ws.addRow(spec.columns.map((c) => example[c.name] ?? null));
  }
  return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
}
