import fontkit from '@pdf-lib/fontkit';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import ExcelJS from 'exceljs';
import { PDFDocument, rgb } from 'pdf-lib';
import type { BulletinData } from '../api/governance.js';
import type { Translate } from '../i18n/index.js';
import { subsetTrueType } from './font-subset.js';
import { wrapCell } from './pdf-tables.js';

export interface DocTable {
  header: string[];
  rows: string[][];
}

export interface DocSection {
  heading: string;
  paragraphs: string[];
  tables: DocTable[];
}

/** One document model for the three formats, so the DOCX, the PDF and the XLSX say the same. */
export interface BulletinDoc {
  title: string;
  meta: string;
  sections: DocSection[];
}

export function bulletinDoc(b: BulletinData, t: Translate, stageName: (s: string | null) => string): BulletinDoc {
  const health = (h: string) => t(`health.${h}` as 'health.OVERDUE');
  const sections: DocSection[] = [
    {
      heading: t('bulletin.totals'),
      paragraphs: [`${b.from} — ${b.to}：${t('score.projects')} ${b.projects}；${b.byHealth.map((h) => `${health(h.health)} ${h.count}`).join('，')}。`],
      tables: [{ header: [t('work.list'), t('bulletin.count'), t('health.OVERDUE')], rows: b.byList.map((l) => [t(`list.${l.list}` as 'list.NEW_LAND'), String(l.count), String(l.overdue)]) }],
    },
    {
      heading: t('bulletin.overdue'),
      paragraphs: b.overdueByUnit.length ? [] : [t('gov.none')],
      tables: b.overdueByUnit.map((g) => ({
        header: [g.unit?.name ?? t('bulletin.noUnit'), t('bulletin.milestone'), t('bulletin.planned'), t('bulletin.days'), t('work.person'), t('work.champion')],
        rows: g.items.map((i) => [i.project.name, i.milestone.name, i.plannedOn, String(i.daysOverdue), i.responsiblePerson ?? '', i.champion?.name ?? '']),
      })),
    },
    {
      heading: t('bulletin.done'),
      paragraphs: b.doneInPeriod.length ? [] : [t('gov.none')],
      tables: b.doneInPeriod.length
        ? [
            {
              header: [t('work.project'), t('bulletin.milestone'), t('bulletin.planned'), t('bulletin.doneOn'), t('work.unit'), ''],
              rows: b.doneInPeriod.map((d) => [d.project.name, d.milestone.name, d.plannedOn, d.doneOn, d.responsibleUnit?.name ?? '', d.late ? t('bulletin.late') : t('bulletin.onTime')]),
            },
          ]
        : [],
    },
    {
      heading: t('bulletin.stages'),
      paragraphs: b.stageChanges.length ? [] : [t('gov.none')],
      tables: b.stageChanges.length
        ? [{ header: [t('work.project'), t('bulletin.from'), t('bulletin.to'), t('bulletin.date')], rows: b.stageChanges.map((c) => [c.projectName, stageName(c.from), stageName(c.to), c.on]) }]
        : [],
    },
    {
      heading: t('bulletin.gaps'),
      paragraphs: b.unassignedGaps.map((c) => `${c.chain.name}（${c.segments.length}）：${c.segments.map((s) => s.name).join('、') || t('gov.none')}`),
      tables: [],
    },
  ];
  return { title: `${b.title}`, meta: `${t('bulletin.number')} ${b.number} · ${t('bulletin.date')} ${b.asOf} · ${t('bulletin.period')} ${b.from} — ${b.to}`, sections };
}

const FONT = 'SimSun';

/** A real Word document: title, number and date, numbered sections, tables with a header row. */
export async function bulletinDocx(doc: BulletinDoc): Promise<Blob> {
  const run = (text: string, bold = false) => new TextRun({ text, bold, font: { eastAsia: FONT, ascii: FONT }, size: 22 });
  const table = (tbl: DocTable) =>
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [tbl.header, ...tbl.rows].map(
        (cells, i) => new TableRow({ tableHeader: i === 0, children: cells.map((c) => new TableCell({ children: [new Paragraph({ children: [run(c, i === 0)] })] })) }),
      ),
    });
  const children: Array<Paragraph | Table> = [
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun({ text: doc.title, bold: true, size: 36, font: { eastAsia: FONT, ascii: FONT } })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [run(doc.meta)] }),
  ];
  for (const s of doc.sections) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: s.heading, bold: true, size: 28, font: { eastAsia: FONT, ascii: FONT } })] }));
    for (const p of s.paragraphs) children.push(new Paragraph({ children: [run(p)] }));
    for (const tbl of s.tables) {
      children.push(table(tbl));
      children.push(new Paragraph({ children: [] }));
    }
  }
  return Packer.toBlob(new Document({ creator: 'ChainAtlas', title: doc.title, sections: [{ children }] }));
}

/** The XLSX: an overview sheet, then one sheet per table. */
export async function bulletinXlsx(doc: BulletinDoc): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = 'ChainAtlas';
  book.title = doc.title;
  const cover = book.addWorksheet('通报');
  cover.addRow([doc.title]).font = { bold: true, size: 14 };
  cover.addRow([doc.meta]);
  for (const s of doc.sections) {
    cover.addRow([]);
    cover.addRow([s.heading]).font = { bold: true };
    for (const p of s.paragraphs) cover.addRow([p]);
    for (const tbl of s.tables) {
      cover.addRow(tbl.header).font = { bold: true };
      for (const r of tbl.rows) cover.addRow(r);
    }
  }
  cover.getColumn(1).width = 40;
  for (let i = 2; i <= 6; i += 1) cover.getColumn(i).width = 16;
  return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The PDF: A4 portrait, the embedded Noto Sans SC subset, text and tables flowing over pages. */
export async function bulletinPdf(doc: BulletinDoc, fontBytes: Uint8Array): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  pdf.setTitle(doc.title);
  const allText = [doc.title, doc.meta, ...doc.sections.flatMap((s) => [s.heading, ...s.paragraphs, ...s.tables.flatMap((tb) => [...tb.header, ...tb.rows.flat()])])].join('') + '0123456789…—';
  const font = await pdf.embedFont(subsetTrueType(fontBytes, allText), { subset: false });
  const [W, H, M] = [595.28, 841.89, 48];
  let page = pdf.addPage([W, H]);
  let y = H - M;
  const measure = (text: string, size: number) => font.widthOfTextAtSize(text, size);
  const ensure = (h: number) => {
    if (y - h < M) {
      page = pdf.addPage([W, H]);
      y = H - M;
    }
  };
  const line = (text: string, size: number, x = M) => {
    ensure(size * 1.5);
    page.drawText(text, { x, y: y - size, size, font, color: rgb(0.1, 0.1, 0.1) });
    y -= size * 1.5;
  };
  const paragraph = (text: string, size: number) => {
    for (const l of wrapCell(text, W - 2 * M, size, measure, 50)) line(l, size);
  };
  line(doc.title, 18, (W - measure(doc.title, 18)) / 2);
  paragraph(doc.meta, 9);
  for (const s of doc.sections) {
    y -= 6;
    line(s.heading, 13);
    for (const p of s.paragraphs) paragraph(p, 10);
    for (const tbl of s.tables) {
      const width = (W - 2 * M) / tbl.header.length;
      for (const [i, cells] of [tbl.header, ...tbl.rows].entries()) {
        const wrapped = cells.map((c) => wrapCell(c, width - 6, 9, measure, 4));
        const h = Math.max(...wrapped.map((w) => w.length)) * 12 + 6;
        ensure(h);
        wrapped.forEach((lines, c) => {
          page.drawRectangle({ x: M + c * width, y: y - h, width, height: h, borderColor: rgb(0.7, 0.7, 0.7), borderWidth: 0.5, color: i === 0 ? rgb(0.94, 0.94, 0.94) : undefined });
          lines.forEach((l, k) => page.drawText(l, { x: M + c * width + 3, y: y - 12 - k * 12, size: 9, font }));
        });
        y -= h;
      }
      y -= 8;
    }
  }
  return pdf.save();
}
