import ExcelJS from 'exceljs';
import type { WorkbookFormatTable } from '../api/import';

/**
 * The import template (下载导入模板): an instructions sheet "_说明" (the importer skips sheets whose
 * name starts with "_"), then one sheet per table under its Chinese name with the Chinese headers
 * and the illustrative rows 【示意】.
 */
export async function importTemplateXlsx(format: WorkbookFormatTable[]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = 'ChainAtlas';
  book.title = 'ChainAtlas 导入模板';
  const help = book.addWorksheet('_说明');
  help.columns = [{ width: 14 }, { width: 22 }, { width: 8 }, { width: 80 }];
  help.addRow(['ChainAtlas 导入模板']).font = { bold: true, size: 14 };
  help.addRow(['每个工作表是一张表，第一行是表头（中文或英文列名都可以），从第二行起每行一条记录。']);
  help.addRow(['示例行标有【示意】，只为说明格式：请换成实际数据。名称以 _ 开头的工作表（如本页）导入时会被忽略。']);
  help.addRow(['先在“数据导入”页“校验（不写入）”：每个问题都会指出工作表、行号和列名；没有问题再确认导入，要么全部写入，要么都不写。']);
  help.addRow(['来源要写明是什么、何时（如“某公司 2024 年年报”“某日新闻报道”“公司官网”）；不确定的关系，证据填“推断”或“存疑”。']);
  help.addRow([]);
  help.addRow(['工作表', '列', '必填', '内容']).font = { bold: true };
  for (const table of format) for (const c of table.columns) help.addRow([table.sheet, c.header, c.required ? '是' : '', c.description]);
  for (const table of format) {
    const ws = book.addWorksheet(table.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = table.columns.map((c) => ({ header: c.header, width: Math.max(12, c.header.length * 2 + 4) }));
    ws.getRow(1).font = { bold: true };
    for (const row of table.examples) ws.addRow(row);
  }
  return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
}
