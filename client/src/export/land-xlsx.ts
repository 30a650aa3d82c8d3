import ExcelJS from 'exceljs';
import type { LandRow } from '../api/elements.js';
import { safeCell } from './cells.js';

export interface LandSheetMeta {
  lang: 'zh' | 'en';
  year: number;
  scopeName: string;
  filter: string;
  thresholds: { a: number; b: number; c: number };
  dataDate: string;
}

/** 亩均论英雄 as XLSX: one sheet of the ranking, with the year, scope, filter and thresholds above it. */
export async function landEfficiencyXlsx(rows: LandRow[], meta: LandSheetMeta): Promise<Uint8Array> {
  const zh = meta.lang === 'zh';
  const book = new ExcelJS.Workbook();
  book.creator = 'ChainAtlas';
  const ws = book.addWorksheet(zh ? '亩均论英雄' : 'Land efficiency');
  ws.addRow([
    zh ? `亩均论英雄 ${meta.year} 年 · ${meta.scopeName}${meta.filter ? ` · ${meta.filter}` : ''}` : `Land efficiency ${meta.year} · ${meta.scopeName}${meta.filter ? ` · ${meta.filter}` : ''}`,
  ]);
  ws.addRow([
    zh
      ? `等级按亩均税收：A ≥ ${meta.thresholds.a}，B ≥ ${meta.thresholds.b}，C ≥ ${meta.thresholds.c} 万元/亩，其余 D；数据截至 ${meta.dataDate}`
      : `Grades by tax per mu: A ≥ ${meta.thresholds.a}, B ≥ ${meta.thresholds.b}, C ≥ ${meta.thresholds.c} (10k yuan/mu), else D; data as of ${meta.dataDate}`,
  ]);
  const header = zh
    ? ['排名', '企业', '企业编号', '等级', '亩均税收(万元/亩)', '亩均产值(万元/亩)', '税收(万元)', '产值(万元)', '用地(亩)']
    : ['Rank', 'Enterprise', 'Enterprise id', 'Grade', 'Tax per mu', 'Output per mu', 'Tax (10k yuan)', 'Output (10k yuan)', 'Land (mu)'];
  const head = ws.addRow(header);
  head.font = { bold: true };
  for (const r of rows) {
    ws.addRow([r.rank, safeCell(zh ? r.enterprise.name : (r.enterprise.nameEn ?? r.enterprise.name)), safeCell(r.enterprise.id), r.grade, r.taxPerMu, r.outputPerMu, r.taxWan, r.outputWan, r.landMu]);
  }
  ws.columns.forEach((c, i) => {
    c.width = i === 1 ? 36 : 16;
  });
  ws.views = [{ state: 'frozen', ySplit: 3 }];
  return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
}
