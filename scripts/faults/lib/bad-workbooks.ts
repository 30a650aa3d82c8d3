/** Bad workbooks: a generator of valid-but-odd and corrupted workbooks, and the oracle that judges an import of one. */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type fc from 'fast-check';
import type { QueryRunner } from '../../../server/db/runner.js';
import { TEXT_LIMITS } from '../../../server/import/cells.js';
import { importWorkbook, type ImportIssue, type ImportResult } from '../../../server/import/index.js';
import { TABLES, tableSpec, type TableName } from '../../../server/import/tables.js';
import { USCC_ALPHABET, usccCheckCharacter } from '../../../server/import/uscc.js';
import { countGraph } from './graph-counts.js';

/** A cell as the generator writes it; ABSENT leaves the key out of a JSON row. */
export const ABSENT = Symbol('absent');
export type FuzzCell = string | number | boolean | null | unknown[] | Record<string, unknown> | typeof ABSENT;
export type FuzzRow = Record<string, FuzzCell>;
export type FuzzTables = Partial<Record<TableName, FuzzRow[]>>;

/** A problem the oracle insists the importer reports, at exactly this place. */
export interface ExpectedIssue {
  table: TableName;
  /** Spreadsheet row: the first data row is 2. */
  row: number;
  column: string;
  kind: CorruptionKind;
}

export type CorruptionKind =
  | 'missing-required'
  | 'bad-enum'
  | 'bad-date'
  | 'dangling-reference'
  | 'duplicate-key'
  | 'segment-cycle'
  | 'region-cycle'
  | 'parent-other-chain'
  | 'bad-uscc'
  | 'wrong-type'
  | 'too-long'
  | 'self-link';

export type OddityKind = 'odd-unicode' | 'formula-text' | 'huge-text' | 'quotes-and-newlines' | 'enum-alias' | 'bool-alias' | 'padded' | 'lower-case-uscc' | 'typed-json' | 'update-of-base';

export interface FuzzCase {
  door: 'json' | 'csv';
  /** Imported first (always valid); the case's workbook may reference and update it. */
  base: FuzzTables;
  tables: FuzzTables;
  expected: ExpectedIssue[];
  corruptions: CorruptionKind[];
  oddities: OddityKind[];
}

/** The random choices the generator makes; fast-check's fc.gen() provides shrinkable ones. */
export interface Choose {
  int(min: number, max: number): number;
  /** Any code points, lone surrogates included. */
  unicode(maxLength: number): string;
}

export function chooserFrom(g: fc.GeneratorValue, fcModule: typeof fc): Choose {
  return {
    int: (min, max) => g(fcModule.integer, { min, max }),
    unicode: (maxLength) => g(fcModule.string, { unit: 'binary', maxLength }),
  };
}

const NAMES = ['青岛京东方光电科技有限公司', '海信视像科技股份有限公司', '芯恩（青岛）集成电路有限公司', '玻璃基板', '偏光片', '显示面板', 'Acme Display Ltd.', '中车四方'];
const FORMULAS = ['=SUM(A1:A3)', '+8613800000000', '-5', '@cmd', "'=already neutralised", '=HYPERLINK("http://127.0.0.1/","x")', '=1+1', '\t=TAB()'];
const ODD = ['🏭工厂', 'e\u0301cole', '\u202Eevil\u202C', 'zero\u200Bwidth', 'nul\u0000byte', 'lone\uD800surrogate', '𠀀𠀁𪚥', 'ＡＢＣ全角', '\uFEFFbom-led', 'ǅ Ǆ ǆ', 'tab\tinside'];
const QUOTED = ['a,"b",c', 'line\nbreak', 'crlf\r\nbreak', '"quoted"', "it's", ';semi;colon;'];

const ENUM_VALUES: Record<string, string[]> = {
  level: ['COUNTRY', 'PROVINCE', 'CITY', 'DISTRICT', 'ZONE'],
  stage: ['UPSTREAM', 'MIDSTREAM', 'DOWNSTREAM'],
  scale: ['LARGE', 'MEDIUM', 'SMALL', 'MICRO'],
  evidence: ['CONFIRMED', 'UNCERTAIN', 'INFERRED'],
  projectStage: ['LEAD', 'NEGOTIATING', 'SIGNED', 'REGISTERED', 'LAND_ACQUIRED', 'UNDER_CONSTRUCTION', 'IN_PRODUCTION', 'DROPPED'],
  role: ['PRODUCER', 'RESEARCH', 'SERVICE', 'TRADER'],
};
const ENUM_ALIASES: Record<string, string[]> = {
  level: ['国家', '省', '地级市', '区县', '开发区', 'province'],
  stage: ['上游', '中游', '下游', 'upstream', ' Midstream '],
  scale: ['大型', '中', 'small', 'Micro'],
  evidence: ['确认', '待核实', '推断', 'confirmed'],
  projectStage: ['线索', '在谈', '已签约', '在建', 'in_production', 'in production'],
  role: ['生产', '研发', '服务商', '经销', 'trader'],
};
const BAD_ENUMS = ['SIDEWAYS', '上上游', 'UP STREAM', '1', 'PRODUCER_', '大大型'];
const BAD_DATES = ['2023-02-30', '2023-13-01', '2021/06/30', '2021-6-30', '20210630', 'yesterday', '2019-02-29', '0000-00-00', '2021-06-31'];
const BAD_USCC_LENGTH = ['91370200MA3C4G', '9137020016356951X', '913702001635695188X'];

interface Pools {
  regions: string[];
  chains: string[];
  segments: Array<{ id: string; chain: string }>;
  enterprises: string[];
  parks: string[];
}

function validUscc(c: Choose): string {
  let body = `91${c.int(110000, 659000)}`;
  while (body.length < 17) body += USCC_ALPHABET[c.int(0, USCC_ALPHABET.length - 1)];
  return body + usccCheckCharacter(body);
}

function validDate(c: Choose): string {
  const y = c.int(1980, 2030);
  const m = c.int(1, 12);
  const d = c.int(1, [31, y % 4 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function pickOf<T>(c: Choose, items: readonly T[]): T {
  return items[c.int(0, items.length - 1)]!;
}

/** A valid, possibly odd, text value; `max` bounds a huge one. */
function text(c: Choose, oddities: OddityKind[], max: number, plain: string): string {
  switch (c.int(0, 9)) {
    case 0:
      oddities.push('odd-unicode');
      return `${pickOf(c, ODD)}${c.unicode(6)}X`;
    case 1:
      oddities.push('formula-text');
      return pickOf(c, FORMULAS);
    case 2: {
      // Long text up to the importer's limit for the column, often exactly at it (code points).
      oddities.push('huge-text');
      return longText(c, c.int(0, 1) ? max : c.int(Math.floor(max / 2), max));
    }
    case 3:
      oddities.push('quotes-and-newlines');
      return pickOf(c, QUOTED);
    case 4:
      oddities.push('padded');
      return `  ${plain}\u3000`;
    default:
      return plain;
  }
}

/** Exactly `length` code points, starting and ending with a visible one (trimming keeps them all). */
function longText(c: Choose, length: number): string {
  const unit = [...pickOf(c, ['长', 'x', '𠀀', 'ab ', 'é'])];
  const points: string[] = ['H'];
  while (points.length < length) points.push(...unit);
  points.length = length;
  points[length - 1] = 'E';
  return points.join('');
}

/** The importer's length limit for a text, key or reference column (server/import/cells.ts). */
function limitOf(table: TableName, column: string): number {
  const type = tableSpec(table).columns.find((col) => col.name === column)!.type.type;
  if (type === 'key' || type === 'ref') return TEXT_LIMITS.key;
  return column === 'name' || column === 'name_en' ? TEXT_LIMITS.name : TEXT_LIMITS.text;
}

function maybe(c: Choose, value: () => FuzzCell, chance = 2): FuzzCell {
  return c.int(0, chance) === 0 ? ABSENT : value();
}

/** A valid workbook with ids under `prefix`, referencing `base` ids where it likes. */
function validTables(c: Choose, prefix: string, base: Pools | null, oddities: OddityKind[]): { tables: FuzzTables; pools: Pools } {
  const t: FuzzTables = {};
  const pools: Pools = {
    regions: [...(base?.regions ?? [])],
    chains: [...(base?.chains ?? [])],
    segments: [...(base?.segments ?? [])],
    enterprises: [...(base?.enterprises ?? [])],
    parks: [...(base?.parks ?? [])],
  };
  const enumValue = (name: string) => {
    if (c.int(0, 5) === 0) {
      oddities.push('enum-alias');
      return pickOf(c, ENUM_ALIASES[name]!);
    }
    return pickOf(c, ENUM_VALUES[name]!);
  };
  const bool = () => {
    const v = c.int(0, 5);
    if (v === 0) {
      oddities.push('bool-alias');
      return pickOf(c, ['是', '否', 'Y', 'no', '1', '√', '×']);
    }
    return v % 2 === 0;
  };

  t.regions = [];
  const root = `${prefix}CN`;
  t.regions.push({ code: root, name: text(c, oddities, TEXT_LIMITS.name, '中国'), level: enumValue('level'), parent_code: base && c.int(0, 1) === 0 ? pickOf(c, base.regions) : ABSENT });
  pools.regions.push(root);
  for (let i = 0, n = c.int(0, 3); i < n; i += 1) {
    const code = `${prefix}R${i}`;
    t.regions.push({ code, name: text(c, oddities, TEXT_LIMITS.name, '山东省'), level: enumValue('level'), parent_code: pickOf(c, pools.regions) });
    pools.regions.push(code);
  }

  t.chains = [];
  t.segments = [];
  for (let i = 0, n = c.int(base ? 0 : 1, 2); i < n; i += 1) {
    const id = `${prefix}c${i}`;
    t.chains.push({
      id,
      name: text(c, oddities, TEXT_LIMITS.name, '新型显示'),
      name_en: maybe(c, () => text(c, oddities, TEXT_LIMITS.name, 'Display')),
      description: maybe(c, () => text(c, oddities, TEXT_LIMITS.text, '芯屏产业链')),
    });
    pools.chains.push(id);
  }
  for (let i = 0, n = c.int(pools.chains.length ? 1 : 0, pools.chains.length ? 6 : 0); i < n; i += 1) {
    const id = `${prefix}s${i}`;
    const chain = pickOf(c, pools.chains);
    const parents = pools.segments.filter((s) => s.chain === chain);
    t.segments.push({
      id,
      chain_id: chain,
      name: text(c, oddities, TEXT_LIMITS.name, pickOf(c, NAMES)),
      stage: enumValue('stage'),
      parent_id: parents.length && c.int(0, 1) === 0 ? pickOf(c, parents).id : ABSENT,
      name_en: maybe(c, () => text(c, oddities, TEXT_LIMITS.name, 'Glass')),
      order: maybe(c, () => c.int(-3, 99)),
    });
    pools.segments.push({ id, chain });
  }

  t.flows = [];
  const flowKeys = new Set<string>();
  for (let i = 0, n = pools.segments.length >= 2 ? c.int(0, 3) : 0; i < n; i += 1) {
    const a = pickOf(c, pools.segments).id;
    const b = pickOf(c, pools.segments).id;
    if (a === b || flowKeys.has(`${a}>${b}`)) continue;
    flowKeys.add(`${a}>${b}`);
    t.flows.push({ from_segment_id: a, to_segment_id: b });
  }

  t.enterprises = [];
  for (let i = 0, n = c.int(1, 6); i < n; i += 1) {
    const id = `${prefix}e${i}`;
    t.enterprises.push({
      id,
      name: text(c, oddities, TEXT_LIMITS.name, pickOf(c, NAMES)),
      region_code: pickOf(c, pools.regions),
      uscc: maybe(c, () => {
        const code = validUscc(c);
        if (c.int(0, 3) === 0) {
          oddities.push('lower-case-uscc');
          return code.toLowerCase();
        }
        return code;
      }),
      scale: maybe(c, () => enumValue('scale')),
      listed: maybe(c, bool),
      founded: maybe(c, () => (c.int(0, 4) === 0 ? ` ${validDate(c)} ` : validDate(c))),
      tags: maybe(c, () => (c.int(0, 1) ? [text(c, oddities, 50, '专精特新'), '上市公司'] : '专精特新；高新技术企业')),
      name_en: maybe(c, () => text(c, oddities, TEXT_LIMITS.name, 'BOE')),
    });
    pools.enterprises.push(id);
  }
  // Updates of what the base holds: the same id with another name.
  for (let i = 0, n = base?.enterprises.length ? c.int(0, 2) : 0; i < n; i += 1) {
    const id = pickOf(c, base!.enterprises);
    if (t.enterprises.some((r) => r.id === id)) continue;
    oddities.push('update-of-base');
    t.enterprises.push({ id, name: `${pickOf(c, NAMES)}（更新${c.int(0, 9)}）`, region_code: pickOf(c, pools.regions) });
  }

  const pairs = (table: TableName, n: number, a: () => string, b: () => string, make: (x: string, y: string) => FuzzRow, distinct = false) => {
    const rows: FuzzRow[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < n; i += 1) {
      const x = a();
      const y = b();
      if ((distinct && x === y) || seen.has(`${x}\u0000${y}`)) continue;
      seen.add(`${x}\u0000${y}`);
      rows.push(make(x, y));
    }
    t[table] = rows;
  };
  pairs(
    'enterprise_segments',
    pools.segments.length ? c.int(0, 5) : 0,
    () => pickOf(c, pools.enterprises),
    () => pickOf(c, pools.segments).id,
    (e, s) => ({
      enterprise_id: e,
      segment_id: s,
      role: maybe(c, () => enumValue('role')),
      products: maybe(c, () => text(c, oddities, TEXT_LIMITS.text, '玻璃基板')),
      evidence: maybe(c, () => enumValue('evidence')),
      source: maybe(c, () => text(c, oddities, TEXT_LIMITS.text, '公司年报')),
    }),
  );
  pairs(
    'chain_masters',
    pools.chains.length ? c.int(0, 2) : 0,
    () => pickOf(c, pools.enterprises),
    () => pickOf(c, pools.chains),
    (e, ch) => ({ enterprise_id: e, chain_id: ch }),
  );
  pairs(
    'supplies',
    pools.enterprises.length >= 2 ? c.int(0, 5) : 0,
    () => pickOf(c, pools.enterprises),
    () => pickOf(c, pools.enterprises),
    (a, b) => ({
      supplier_id: a,
      customer_id: b,
      products: maybe(c, () => text(c, oddities, TEXT_LIMITS.text, '偏光片')),
      since: maybe(c, () => validDate(c)),
      evidence: maybe(c, () => enumValue('evidence')),
      source: maybe(c, () => text(c, oddities, TEXT_LIMITS.text, '新闻')),
    }),
    true,
  );

  t.parks = [];
  for (let i = 0, n = c.int(0, 2); i < n; i += 1) {
    const id = `${prefix}p${i}`;
    t.parks.push({ id, name: text(c, oddities, TEXT_LIMITS.name, '芯屏产业园'), region_code: pickOf(c, pools.regions) });
    pools.parks.push(id);
  }
  pairs(
    'enterprise_parks',
    pools.parks.length ? c.int(0, 3) : 0,
    () => pickOf(c, pools.enterprises),
    () => pickOf(c, pools.parks),
    (e, p) => ({ enterprise_id: e, park_id: p, since: maybe(c, () => validDate(c)) }),
  );

  t.projects = [];
  for (let i = 0, n = c.int(0, 3); i < n; i += 1) {
    t.projects.push({
      id: `${prefix}j${i}`,
      name: text(c, oddities, TEXT_LIMITS.name, '京东方物联网移动显示端口器件项目'),
      region_code: pickOf(c, pools.regions),
      stage: enumValue('projectStage'),
      enterprise_id: maybe(c, () => pickOf(c, pools.enterprises)),
      segment_id: pools.segments.length ? maybe(c, () => pickOf(c, pools.segments).id) : ABSENT,
      park_id: pools.parks.length ? maybe(c, () => pickOf(c, pools.parks)) : ABSENT,
      investment_yi: maybe(c, () => (c.int(0, 1) ? c.int(0, 50000) / 100 : `${c.int(0, 500)}.5`)),
      signed_on: maybe(c, () => validDate(c)),
      planned_production_on: maybe(c, () => validDate(c)),
      confidential: maybe(c, bool),
    });
  }
  for (const name of Object.keys(t) as TableName[]) if (!t[name]!.length) delete t[name];
  return { tables: t, pools };
}

const REQUIRED: Record<TableName, string[]> = Object.fromEntries(TABLES.map((s) => [s.name, s.columns.filter((col) => col.required).map((col) => col.name)])) as Record<TableName, string[]>;
const COLUMNS_OF = (table: TableName, type: string) =>
  tableSpec(table)
    .columns.filter((col) => col.type.type === type)
    .map((col) => col.name);

/**
 * Builds one case: a valid base (maybe empty), then a workbook that mixes valid rows, odd but valid
 * values, and 0–4 corruptions, each recorded with the place the importer must report it.
 */
export function buildCase(c: Choose): FuzzCase {
  const oddities: OddityKind[] = [];
  const baseOddities: OddityKind[] = [];
  const withBase = c.int(0, 1) === 1;
  const baseBuilt = withBase ? validTables(c, 'b', null, baseOddities) : null;
  const { tables } = validTables(c, 'n', baseBuilt?.pools ?? null, oddities);
  const door: 'json' | 'csv' = c.int(0, 1) === 0 ? 'json' : 'csv';
  const json = door === 'json';

  // JSON may carry typed values (numbers, booleans, arrays) where CSV has text.
  if (json && c.int(0, 2) === 0) {
    for (const row of tables.segments ?? []) if (typeof row.order === 'number') row.order = String(row.order);
    for (const row of tables.enterprises ?? []) if (row.listed === true) row.listed = 1;
    for (const row of tables.chains ?? []) if (c.int(0, 3) === 0) row.description = c.int(0, 1000);
    oddities.push('typed-json');
  }

  const expected: ExpectedIssue[] = [];
  const corruptions: CorruptionKind[] = [];
  const used = new Set<string>();
  const rowKey = (table: TableName, index: number) => `${table}#${index}`;
  const free = (table: TableName) => (tables[table] ?? []).map((_, i) => i).filter((i) => !used.has(rowKey(table, i)));
  const present = () => (Object.keys(tables) as TableName[]).filter((t) => free(t).length > 0);
  const take = (table: TableName): { row: FuzzRow; index: number } | null => {
    const candidates = free(table);
    if (!candidates.length) return null;
    const index = pickOf(c, candidates);
    used.add(rowKey(table, index));
    return { row: tables[table]![index]!, index };
  };
  const expect = (table: TableName, index: number, column: string, kind: CorruptionKind) => expected.push({ table, row: index + 2, column, kind });
  let ghost = 0;

  const kinds: CorruptionKind[] = [
    'missing-required',
    'bad-enum',
    'bad-date',
    'dangling-reference',
    'duplicate-key',
    'segment-cycle',
    'region-cycle',
    'parent-other-chain',
    'bad-uscc',
    'wrong-type',
    'too-long',
    'self-link',
  ];
  // About two cases in five plant nothing: they must be accepted.
  for (let i = 0, n = Math.max(0, c.int(-2, 4)); i < n; i += 1) {
    const kind = pickOf(c, kinds);
    const tablesWith = (pred: (t: TableName) => boolean) => present().filter(pred);
    let applied = false;
    switch (kind) {
      case 'missing-required': {
        const table = pickOf(c, present().length ? present() : ['regions' as TableName]);
        const picked = take(table);
        if (!picked) break;
        const column = pickOf(c, REQUIRED[table]);
        picked.row[column] = pickOf<FuzzCell>(c, ['', '   ', '\u3000', null, ABSENT]);
        expect(table, picked.index, column, kind);
        applied = true;
        break;
      }
      case 'bad-enum': {
        const candidates = tablesWith((t) => COLUMNS_OF(t, 'enum').length > 0);
        if (!candidates.length) break;
        const table = pickOf(c, candidates);
        const picked = take(table)!;
        const column = pickOf(c, COLUMNS_OF(table, 'enum'));
        picked.row[column] = pickOf(c, BAD_ENUMS);
        expect(table, picked.index, column, kind);
        applied = true;
        break;
      }
      case 'bad-date': {
        const candidates = tablesWith((t) => COLUMNS_OF(t, 'date').length > 0);
        if (!candidates.length) break;
        const table = pickOf(c, candidates);
        const picked = take(table)!;
        const column = pickOf(c, COLUMNS_OF(table, 'date'));
        picked.row[column] = json && c.int(0, 3) === 0 ? 20210630 : pickOf(c, BAD_DATES);
        expect(table, picked.index, column, kind);
        applied = true;
        break;
      }
      case 'dangling-reference': {
        const candidates = tablesWith((t) => COLUMNS_OF(t, 'ref').length > 0);
        if (!candidates.length) break;
        const table = pickOf(c, candidates);
        const picked = take(table)!;
        const column = pickOf(c, COLUMNS_OF(table, 'ref'));
        ghost += 1;
        picked.row[column] = `ghost-${ghost}`;
        expect(table, picked.index, column, kind);
        applied = true;
        break;
      }
      case 'duplicate-key': {
        const candidates = present();
        if (!candidates.length) break;
        const table = pickOf(c, candidates);
        const picked = take(table)!;
        const spec = tableSpec(table);
        const copy: FuzzRow = { ...picked.row };
        // Another value in a non-key column, and sometimes padded key cells (trimmed → the same key).
        for (const key of spec.key) if (c.int(0, 2) === 0 && typeof copy[key] === 'string') copy[key] = ` ${copy[key] as string} `;
        const rows = tables[table]!;
        rows.push(copy);
        used.add(rowKey(table, rows.length - 1));
        expect(table, rows.length - 1, spec.key[0]!, kind);
        applied = true;
        break;
      }
      case 'segment-cycle':
      case 'region-cycle': {
        const table: TableName = kind === 'segment-cycle' ? 'segments' : 'regions';
        const key = kind === 'segment-cycle' ? 'id' : 'code';
        const parent = kind === 'segment-cycle' ? 'parent_id' : 'parent_code';
        const rows = tables[table] ?? [];
        const candidates = free(table);
        if (!candidates.length) break;
        const first = pickOf(c, candidates);
        const sameChain = candidates.filter((i) => i !== first && (kind === 'region-cycle' || rows[i]!.chain_id === rows[first]!.chain_id));
        const members = [first];
        for (let k = 0, extra = Math.min(c.int(0, 2), sameChain.length); k < extra; k += 1) {
          const next = pickOf(
            c,
            sameChain.filter((x) => !members.includes(x)),
          );
          members.push(next);
        }
        members.forEach((m, k) => {
          rows[m]![parent] = rows[members[(k + 1) % members.length]!]![key] as string;
          used.add(rowKey(table, m));
          expect(table, m, parent, kind);
        });
        applied = true;
        break;
      }
      case 'parent-other-chain': {
        const rows = tables.segments ?? [];
        const candidates = free('segments');
        const chains = new Set(rows.map((r) => r.chain_id));
        if (!candidates.length || chains.size < 2) break;
        const index = pickOf(c, candidates);
        // The parent's own chain must stay as generated, so it is taken out of the pool too.
        const others = candidates.filter((i) => rows[i]!.chain_id !== rows[index]!.chain_id);
        if (!others.length) break;
        const parent = pickOf(c, others);
        used.add(rowKey('segments', index));
        used.add(rowKey('segments', parent));
        rows[index]!.parent_id = rows[parent]!.id as string;
        expect('segments', index, 'parent_id', kind);
        applied = true;
        break;
      }
      case 'bad-uscc': {
        const picked = take('enterprises');
        if (!picked) break;
        const good = validUscc(c);
        const variant = c.int(0, json ? 4 : 3);
        let bad: FuzzCell;
        if (variant === 0) bad = pickOf(c, BAD_USCC_LENGTH);
        else if (variant === 1) bad = `${good.slice(0, 5)}${pickOf(c, ['I', 'O', 'Z', 'S', 'V', '-', '京'])}${good.slice(6)}`;
        else if (variant === 2) bad = `${good.slice(0, 17)}${USCC_ALPHABET[(USCC_ALPHABET.indexOf(good[17]!) + c.int(1, 30)) % 31]}`;
        else if (variant === 3) bad = '9.13702E+17';
        else bad = 913702001635695100;
        picked.row.uscc = bad;
        expect('enterprises', picked.index, 'uscc', kind);
        applied = true;
        break;
      }
      case 'wrong-type': {
        const table = pickOf(c, present().length ? present() : ['regions' as TableName]);
        const picked = take(table);
        if (!picked) break;
        const spec = tableSpec(table);
        const typed = spec.columns.filter((col) => ['int', 'bool', 'nonNegative', 'share'].includes(col.type.type));
        if (json && (c.int(0, 1) === 0 || !typed.length)) {
          const column = pickOf(c, spec.columns).name;
          picked.row[column] = pickOf<FuzzCell>(c, [{ nested: 1 }, [['deep']], { toString: 'x' }, [1, { a: 2 }]]);
          expect(table, picked.index, column, kind);
        } else if (typed.length) {
          const column = pickOf(c, typed);
          const values: Record<string, FuzzCell[]> = {
            int: ['three', '2.5', '１２', '1e3', json ? 2.5 : '0x10'],
            bool: ['maybe', '2', 'yes please', json ? 2 : 'TRUE!'],
            nonNegative: ['-3', 'lots', '1e400', json ? -0.5 : '1,000'],
            share: ['0', '1.5', 'half', json ? -0.5 : '50%'],
          };
          picked.row[column.name] = pickOf(c, values[column.type.type]!);
          expect(table, picked.index, column.name, kind);
        } else {
          used.delete(rowKey(table, picked.index));
          break;
        }
        applied = true;
        break;
      }
      case 'too-long': {
        // One code point over the column's limit (or a few hundred over), in a key, reference or text column.
        const candidates = tablesWith((t) => tableSpec(t).columns.some((col) => ['key', 'ref', 'text'].includes(col.type.type)));
        if (!candidates.length) break;
        const table = pickOf(c, candidates);
        const picked = take(table)!;
        const column = pickOf(
          c,
          tableSpec(table).columns.filter((col) => ['key', 'ref', 'text'].includes(col.type.type)),
        ).name;
        picked.row[column] = longText(c, limitOf(table, column) + (c.int(0, 1) ? 1 : c.int(2, 500)));
        expect(table, picked.index, column, kind);
        applied = true;
        break;
      }
      case 'self-link': {
        const table = pickOf(c, ['supplies', 'flows'] as TableName[]);
        const picked = take(table);
        if (!picked) break;
        const [from, to] = table === 'supplies' ? ['supplier_id', 'customer_id'] : ['from_segment_id', 'to_segment_id'];
        // A self link may repeat another row's key; only the self link is insisted on.
        picked.row[to!] = picked.row[from!] as string;
        expect(table, picked.index, to!, kind);
        applied = true;
        break;
      }
    }
    if (applied) corruptions.push(kind);
  }
  return { door, base: baseBuilt?.tables ?? {}, tables, expected, corruptions, oddities: [...new Set(oddities)] };
}

/** A JSON door: `{ filename: 'x.json', data }`; ABSENT cells are left out. */
export function jsonSource(tables: FuzzTables): { filename: string; data: Buffer } {
  const plain = Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.map((row) => Object.fromEntries(Object.entries(row).filter(([, v]) => v !== ABSENT)))]));
  return { filename: 'fuzz.json', data: Buffer.from(JSON.stringify(plain)) };
}

function csvCell(value: FuzzCell): string {
  if (value === ABSENT || value === null || value === undefined) return '';
  const textValue = Array.isArray(value) ? value.map(String).join(';') : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\r\n]|^\s|\s$/.test(textValue) ? `"${textValue.replace(/"/g, '""')}"` : textValue;
}

/** Writes one `<table>.csv` per table into `dir` (which it creates), every column in spec order. */
export function writeCsvWorkbook(tables: FuzzTables, dir: string): string {
  for (const [name, rows] of Object.entries(tables) as Array<[TableName, FuzzRow[]]>) {
    const columns = tableSpec(name).columns.map((col) => col.name);
    const lines = [columns.join(','), ...rows.map((row) => columns.map((col) => csvCell(row[col] ?? ABSENT)).join(','))];
    writeFileSync(path.join(dir, `${name}.csv`), `${lines.join('\r\n')}\r\n`, 'utf8');
  }
  return dir;
}

export type FuzzVerdict = 'accepted' | 'rejected' | 'threw';

export interface FuzzOutcome {
  verdict: FuzzVerdict;
  /** Property violations; empty when the case passed. */
  problems: string[];
  errors: ImportIssue[];
}

/** What the importer must leave unchanged: the fingerprint of the tests and the counts per label and type. */
async function snapshot(runner: QueryRunner): Promise<string> {
  const [fingerprint] = await runner.read('admin/get-fingerprint');
  return JSON.stringify({ fingerprint, counts: await countGraph(runner) });
}

/**
 * Runs one case against an emptied database and checks the properties:
 *  - a workbook with a planted problem is rejected, and every planted problem is reported at its
 *    table, row and column; a workbook without one is accepted;
 *  - a rejected workbook writes nothing (fingerprint and counts equal before and after);
 *  - every error names a known table, a row ≥ 2 inside the table, a column of the table and a message;
 *  - an accepted workbook imported again creates and updates nothing and changes nothing.
 * The importer throwing is always a violation (and must not write either).
 */
export async function runFuzzCase(runner: QueryRunner, reset: () => Promise<void>, fuzz: FuzzCase, scratch: string): Promise<FuzzOutcome> {
  const problems: string[] = [];
  await reset();
  if (Object.keys(fuzz.base).length) {
    const base = await importWorkbook(runner, jsonSource(fuzz.base));
    if (!base.ok) return { verdict: 'rejected', problems: [`the valid base was rejected: ${JSON.stringify(base.errors.slice(0, 5))}`], errors: base.errors };
  }
  const source = () => {
    if (fuzz.door === 'json') return jsonSource(fuzz.tables);
    rmSync(scratch, { recursive: true, force: true });
    mkdirSync(scratch, { recursive: true });
    return writeCsvWorkbook(fuzz.tables, scratch);
  };
  const before = await snapshot(runner);
  let result: ImportResult;
  try {
    result = await importWorkbook(runner, source());
  } catch (error) {
    const after = await snapshot(runner);
    const code = (error as { extensions?: { code?: string } }).extensions?.code ?? 'none';
    const original = (error as { originalError?: unknown }).originalError;
    problems.push(`the importer threw ${code}: ${error instanceof Error ? error.message : String(error)}${original instanceof Error ? ` (${original.message.slice(0, 300)})` : ''}`);
    if (after !== before) problems.push('…and the failed import changed the database');
    return { verdict: 'threw', problems, errors: [] };
  }
  const rowsIn = (table: string) => fuzz.tables[table as TableName]?.length ?? 0;

  if (fuzz.expected.length && result.ok) problems.push(`accepted although it has ${fuzz.expected.length} planted problem(s): ${JSON.stringify(fuzz.expected)}`);
  if (!fuzz.expected.length && !result.ok) problems.push(`rejected a valid workbook: ${JSON.stringify(result.errors.slice(0, 5))}`);
  for (const want of fuzz.expected) {
    if (!result.errors.some((e) => e.table === want.table && e.row === want.row && e.column === want.column)) {
      problems.push(`planted ${want.kind} at ${want.table} row ${want.row} column ${want.column} was not reported`);
    }
  }
  for (const e of result.errors) {
    const known = TABLES.some((s) => s.name === e.table);
    const columnKnown = known && tableSpec(e.table as TableName).columns.some((col) => col.name === e.column);
    if (!known || !Number.isInteger(e.row) || (e.row ?? 0) < 2 || (e.row ?? 0) > rowsIn(e.table) + 1 || !columnKnown || typeof e.message !== 'string' || !e.message.trim()) {
      problems.push(`malformed error ${JSON.stringify(e)}`);
    }
  }

  if (!result.ok) {
    const after = await snapshot(runner);
    if (after !== before) problems.push(`a rejected workbook changed the database: ${before} → ${after}`);
    return { verdict: 'rejected', problems, errors: result.errors };
  }

  const imported = await snapshot(runner);
  let again: ImportResult;
  try {
    again = await importWorkbook(runner, source());
  } catch (error) {
    problems.push(`the re-import threw: ${error instanceof Error ? error.message : String(error)}`);
    return { verdict: 'accepted', problems, errors: [] };
  }
  if (!again.ok) problems.push(`the re-import was rejected: ${JSON.stringify(again.errors.slice(0, 5))}`);
  for (const [table, counts] of Object.entries(again.counts)) {
    if (counts.created !== 0 || counts.updated !== 0) problems.push(`re-import of ${table}: created ${counts.created}, updated ${counts.updated} (expected 0 and 0)`);
  }
  const after = await snapshot(runner);
  if (after !== imported) problems.push(`the re-import changed the database: ${imported} → ${after}`);
  return { verdict: 'accepted', problems, errors: [] };
}

/** A short description of a case for failure messages (huge values abbreviated). */
export function describeCase(fuzz: FuzzCase): string {
  const shorten = (_key: string, value: unknown) => {
    if (value === ABSENT) return '<absent>';
    if (typeof value === 'string' && value.length > 80) return `${value.slice(0, 40)}…(${value.length} chars)`;
    return value;
  };
  return JSON.stringify({ door: fuzz.door, corruptions: fuzz.corruptions, oddities: fuzz.oddities, expected: fuzz.expected, base: fuzz.base, tables: fuzz.tables }, shorten, 1);
}
