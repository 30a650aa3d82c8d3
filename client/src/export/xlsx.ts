import ExcelJS from 'exceljs';
import type { Lang } from '../i18n/index.js';
import { listSheets, type MapLists, type Sheet } from './lists.js';

export { listSheets, sheetToCsv, type MapLists, type Sheet } from './lists.js';

export async function writeXlsx(lists: MapLists, lang: Lang, title: string): Promise<Uint8Array> {
  return writeSheets(listSheets(lists, lang), title);
}

/** Any set of sheets (cells already neutralised) as one workbook, each with a frozen, filtered header. */
export async function writeSheets(sheets: readonly Sheet[], title: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ChainAtlas';
  workbook.title = title;
  workbook.created = new Date();
  for (const s of sheets) {
    const ws = workbook.addWorksheet(s.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = s.columns.map((c) => ({ header: c.header, width: c.width }));
    ws.getRow(1).font = { bold: true };
    for (const row of s.rows) ws.addRow(row);
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: s.columns.length } };
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
