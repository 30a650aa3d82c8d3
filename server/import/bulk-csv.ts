import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { WorkbookCollector } from './collector.js';
import { TABLE_NAMES, type TableName } from './tables.js';
import { buildRows } from './write.js';

/**
 * The CSV files of Neo4j's offline importer (`neo4j-admin database import full`) for a validated
 * workbook: the same nodes, relationships and property values the transactional import writes
 * (write.ts and cypher/import/merge-*.cypher), streamed table by table from the collector's row
 * stores, so memory does not grow with the workbook.
 *
 * Property types follow the transactional path exactly: the driver sends a whole JS number as a
 * Neo4j integer and any other as a float (server/db/runner.ts toNeo4j), except where a query casts
 * (projects' investmentYi, landNeedMu and floorSpaceNeedSqm go through toFloat). An importer header
 * types a column once per file, so rows whose numbers differ in kind go to separate files, one per
 * combination, each with its own header. A null value writes nothing (the transactional
 * `SET n += props` leaves it out too). An empty list is never written by either path: the importer
 * drops an empty array field (its CSV parser skips empty arrays), and the transactional import
 * stores no property for an empty list cell (write.ts), which every reader takes as [].
 */

type Value = string | number | boolean | string[] | null | undefined;
type Props = Record<string, unknown>;

/** A node as the import writes it: its label, its key property and value, its other properties. */
interface NodeOut {
  label: string;
  key: string;
  id: string;
  props: Props;
}

/** A relationship: its type, its endpoints as (label, key value), its properties. */
interface RelOut {
  type: string;
  from: [string, string];
  to: [string, string];
  props: Props;
}

const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/** Properties a table's queries cast to float whatever the value (merge-projects*.cypher). */
const FLOAT_PROPS: Partial<Record<TableName, ReadonlySet<string>>> = {
  projects: new Set(['investmentYi', 'landNeedMu', 'floorSpaceNeedSqm']),
};

/** Relationships to `label` keyed `id` when the id is set (the optional links of a row). */
function link(out: RelOut[], type: string, from: [string, unknown], to: [string, unknown], props: Props = {}): void {
  const a = str(from[1]);
  const b = str(to[1]);
  if (a !== null && b !== null) out.push({ type, from: [from[0], a], to: [to[0], b], props });
}

/**
 * What one validated row becomes in the graph: the node and relationships the table's merge and
 * link queries create on an empty database.
 */
function entities(table: TableName, r: Record<string, unknown>): { nodes: NodeOut[]; rels: RelOut[] } {
  const nodes: NodeOut[] = [];
  const rels: RelOut[] = [];
  const node = (label: string, key = 'id', props = r.props as Props) => nodes.push({ label, key, id: String(r[key === 'code' ? 'code' : 'id']), props });
  const props = (r.props ?? {}) as Props;
  switch (table) {
    case 'regions':
      node('Region', 'code');
      link(rels, 'WITHIN', ['Region', r.code], ['Region', r.parentCode]);
      break;
    case 'chains':
      node('Chain');
      break;
    case 'segments':
      node('Segment');
      if (r.parentId === null || r.parentId === undefined) link(rels, 'HAS_SEGMENT', ['Chain', r.chainId], ['Segment', r.id]);
      else link(rels, 'HAS_CHILD', ['Segment', r.parentId], ['Segment', r.id]);
      break;
    case 'flows':
      link(rels, 'FEEDS', ['Segment', r.fromId], ['Segment', r.toId]);
      break;
    case 'enterprises':
      node('Enterprise');
      link(rels, 'LOCATED_IN', ['Enterprise', r.id], ['Region', r.regionCode]);
      break;
    case 'enterprise_segments':
      link(rels, 'IN_SEGMENT', ['Enterprise', r.enterpriseId], ['Segment', r.segmentId], props);
      break;
    case 'chain_masters':
      link(rels, 'LEADS', ['Enterprise', r.enterpriseId], ['Chain', r.chainId]);
      break;
    case 'supplies':
      link(rels, 'SUPPLIES', ['Enterprise', r.supplierId], ['Enterprise', r.customerId], props);
      break;
    case 'parks':
      node('Park');
      link(rels, 'LOCATED_IN', ['Park', r.id], ['Region', r.regionCode]);
      break;
    case 'enterprise_parks':
      link(rels, 'SETTLED_IN', ['Enterprise', r.enterpriseId], ['Park', r.parkId], props);
      break;
    case 'park_themes':
      link(rels, 'THEMED', ['Park', r.parkId], ['Segment', r.segmentId]);
      break;
    case 'parcels':
      node('Parcel');
      link(rels, 'LOCATED_IN', ['Parcel', r.id], ['Region', r.regionCode]);
      link(rels, 'IN_PARK', ['Parcel', r.id], ['Park', r.parkId]);
      break;
    case 'parcel_segments':
      link(rels, 'SUITS', ['Parcel', r.parcelId], ['Segment', r.segmentId]);
      break;
    case 'units':
      node('Unit');
      break;
    case 'officials':
      node('Official');
      break;
    case 'projects':
      node('Project');
      link(rels, 'LOCATED_IN', ['Project', r.id], ['Region', r.regionCode]);
      link(rels, 'BY', ['Project', r.id], ['Enterprise', r.enterpriseId]);
      link(rels, 'TARGETS', ['Project', r.id], ['Segment', r.segmentId]);
      link(rels, 'IN_PARK', ['Project', r.id], ['Park', r.parkId]);
      link(rels, 'ON_PARCEL', ['Project', r.id], ['Parcel', r.parcelId]);
      link(rels, 'RESPONSIBLE_UNIT', ['Project', r.id], ['Unit', r.unitId]);
      link(rels, 'CHAMPIONED_BY', ['Project', r.id], ['Official', r.championId]);
      break;
    case 'funds':
      node('Fund');
      link(rels, 'LOCATED_IN', ['Fund', r.id], ['Region', r.regionCode]);
      break;
    case 'fund_focus':
      link(rels, 'FOCUSES_ON', ['Fund', r.fundId], ['Segment', r.segmentId]);
      break;
    case 'fund_investments':
      link(rels, 'INVESTED_IN', ['Fund', r.fundId], ['Enterprise', r.enterpriseId], props);
      link(rels, 'INVESTED_IN', ['Fund', r.fundId], ['Project', r.projectId], props);
      break;
    case 'platforms':
      node('Platform');
      link(rels, 'LOCATED_IN', ['Platform', r.id], ['Region', r.regionCode]);
      link(rels, 'HOSTED_BY', ['Platform', r.id], ['Enterprise', r.hostId]);
      break;
    case 'platform_segments':
      link(rels, 'SERVES', ['Platform', r.platformId], ['Segment', r.segmentId]);
      break;
    case 'enterprise_years':
      node('EnterpriseYear');
      link(rels, 'HAS_YEAR', ['Enterprise', r.enterpriseId], ['EnterpriseYear', r.id]);
      break;
    case 'chain_chiefs':
      link(rels, 'CHIEF_OF', ['Official', r.officialId], ['Chain', r.chainId], props);
      break;
    case 'chain_team':
      link(rels, 'WORKS_ON', ['Unit', r.unitId], ['Chain', r.chainId], props);
      break;
    case 'policies':
      node('Policy');
      link(rels, 'HAS_POLICY', ['Chain', r.chainId], ['Policy', r.id]);
      break;
    case 'targets':
      node('Target');
      link(rels, 'HAS_TARGET', ['Chain', r.chainId], ['Target', r.id]);
      break;
    case 'actuals':
      node('Actual');
      link(rels, 'HAS_ACTUAL', ['Chain', r.chainId], ['Actual', r.id]);
      break;
    case 'gap_tasks':
      node('GapTask');
      link(rels, 'FOR_SEGMENT', ['GapTask', r.id], ['Segment', r.segmentId]);
      link(rels, 'ASSIGNED_TO', ['GapTask', r.id], ['Unit', r.unitId]);
      break;
    case 'milestones':
      node('Milestone');
      link(rels, 'HAS_MILESTONE', ['Project', r.projectId], ['Milestone', r.id]);
      break;
  }
  return { nodes, rels };
}

/** The importer's type of one value, as the transactional write would store it; null for no value. */
function kindOf(value: unknown, float: boolean): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return float || !Number.isInteger(value) ? 'double' : 'long';
  if (typeof value === 'boolean') return 'boolean';
  if (Array.isArray(value)) return value.length ? 'string[]' : null;
  return 'string';
}

/** A quoted CSV field; the common value without a quote character is not searched twice. */
const quote = (text: string) => (text.includes('"') ? `"${text.replace(/"/g, '""')}"` : `"${text}"`);

/** Short codes of the kinds in a file's signature (one character per column, `-` for no value). */
const KIND_CODE: Record<string, string> = { double: 'd', long: 'l', boolean: 'b', 'string[]': 'a', string: 's' };

/** A field in the kind kindOf gave it ('' when it has none); its text, and whether it spans lines. */
function field(value: Value, kind: string | null): string {
  if (kind === null || value === null || value === undefined) return '';
  if (kind === 'string[]') return quote((value as string[]).join(';'));
  if (kind === 'string') return quote(String(value));
  return String(value);
}

const spansLines = (text: string) => text.includes('\n') || text.includes('\r');

/** Bytes gathered per file before one write. */
const WRITE_BUFFER = 1 << 20;

/** One data file and its header: rows of one label or type whose values have the same kinds. */
class CsvFile {
  private fd: number;
  private pending: string[] = [];
  private pendingBytes = 0;
  rows = 0;
  bytes = 0;
  /** A value holds a line break: the importer must then read fields across lines. */
  multiline = false;

  constructor(
    readonly data: string,
    readonly header: string,
    readonly headerLine: string,
  ) {
    this.fd = openSync(data, 'w', 0o600);
  }

  write(line: string): void {
    this.pending.push(line);
    this.pendingBytes += line.length;
    this.rows += 1;
    if (this.pendingBytes >= WRITE_BUFFER) this.flush();
  }

  flush(): void {
    if (!this.pending.length) return;
    const text = this.pending.join('');
    this.bytes += Buffer.byteLength(text);
    writeSync(this.fd, text);
    this.pending = [];
    this.pendingBytes = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
    writeFileSync(this.header, `${this.headerLine}\n`, { mode: 0o600 });
  }
}

export interface BulkFiles {
  /** `--nodes=Label=header,data` and `--relationships=TYPE=header,data` arguments. */
  args: string[];
  /** Some value spans lines (the importer then needs --multiline-fields). */
  multiline: boolean;
  nodes: number;
  relationships: number;
  files: number;
  bytes: number;
}

/**
 * Writes the importer's CSV files for every table of a validated workbook into `dir`. Node keys
 * are the ID columns (one ID space per label), so relationships name their endpoints by the same
 * business keys the transactional queries MATCH on.
 */
export async function writeBulkCsv(collector: WorkbookCollector, dir: string, onTable?: (table: string, rows: number) => void): Promise<BulkFiles> {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const files = new Map<string, CsvFile>();
  const out: BulkFiles = { args: [], multiline: false, nodes: 0, relationships: 0, files: 0, bytes: 0 };
  let serial = 0;

  const open = (head: string, arg: (f: CsvFile) => string) => {
    serial += 1;
    const base = path.join(dir, String(serial).padStart(4, '0'));
    const file = new CsvFile(`${base}.csv`, `${base}.header.csv`, head);
    out.args.push(arg(file));
    return file;
  };

  // Columns without a value in a file are typed as strings: the field is always empty there.
  const headerOf = (names: string[], kinds: Array<string | null>) => names.map((n, i) => `${n}:${kinds[i] ?? 'string'}`);
  /**
   * One line of a node or relationship: its leading fields (the key, or both endpoints), then the
   * properties in builder order, to the file of its kinds (one per signature, opened on first use).
   */
  const kinds: Array<string | null> = [];
  const emit = (prefix: string, lead: string, props: Props, float: ReadonlySet<string> | undefined, openFile: (names: string[], kinds: Array<string | null>) => CsvFile) => {
    const names = Object.keys(props);
    let signature = prefix;
    let text = lead;
    let multiline = false;
    kinds.length = names.length;
    for (let i = 0; i < names.length; i += 1) {
      const name = names[i]!;
      const value = props[name] as Value;
      const kind = kindOf(value, float !== undefined && float.has(name));
      kinds[i] = kind;
      signature += kind === null ? '-' : KIND_CODE[kind]!;
      const text1 = field(value, kind);
      if (kind === 'string' || kind === 'string[]') multiline ||= spansLines(text1);
      text += `,${text1}`;
    }
    const file = files.get(signature) ?? openFile(names, kinds);
    if (!files.has(signature)) files.set(signature, file);
    if (multiline) file.multiline = true;
    file.write(`${text}\n`);
  };

  for (const table of TABLE_NAMES) {
    const state = collector.tables.get(table);
    if (!state) continue;
    const float = FLOAT_PROPS[table];
    for await (const chunk of state.rows.chunks(10_000)) {
      for (const row of buildRows(table, chunk)) {
        const { nodes, rels } = entities(table, row);
        for (const n of nodes) {
          emit(`n|${n.label}|`, quote(n.id), n.props, float, (names, k) => open([`${n.key}:ID(${n.label})`, ...headerOf(names, k)].join(','), (f) => `--nodes=${n.label}=${f.header},${f.data}`));
          out.nodes += 1;
        }
        for (const r of rels) {
          emit(`r|${r.type}|${r.from[0]}|${r.to[0]}|`, `${quote(r.from[1])},${quote(r.to[1])}`, r.props, undefined, (names, k) =>
            open([`:START_ID(${r.from[0]})`, `:END_ID(${r.to[0]})`, ...headerOf(names, k)].join(','), (f) => `--relationships=${r.type}=${f.header},${f.data}`),
          );
          out.relationships += 1;
        }
      }
    }
    onTable?.(table, state.rows.length);
  }
  for (const file of files.values()) {
    file.close();
    out.bytes += file.bytes;
    if (file.multiline) out.multiline = true;
  }
  out.files = files.size;
  return out;
}
