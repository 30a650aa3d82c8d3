// Writes a valid synthetic chain workbook (a CSV folder) for load tests and demos.
// Usage: npm run generate -- --enterprises N --out DIR [--seed S]
// Deterministic for a given seed; rows are streamed to disk, so 1,000,000 enterprises fit in well
// under 1 GB of memory. Exit code: 0 written, 2 usage or system error.
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { csvText } from '../export/workbook.js';
import { TABLES, type TableName } from '../import/tables.js';
import { USCC_ALPHABET, usccCheckCharacter } from '../import/uscc.js';

/** mulberry32: a small, fast, well-mixed 32-bit PRNG; the seed string is hashed with FNV-1a. */
export function prng(seed: string): () => number {
  let h = 0x811c9dc5;
  for (const ch of seed) h = Math.imul(h ^ ch.codePointAt(0)!, 0x01000193);
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Stage = 'UPSTREAM' | 'MIDSTREAM' | 'DOWNSTREAM';
/** Chain → stage groups → sub-segments → product nodes: three levels under each chain. */
const CHAINS: Array<{ id: string; name: string; nameEn: string; tree: Array<[Stage, string, Array<[string, string[]]>]> }> = [
  {
    id: 'DISPLAY',
    name: '新型显示',
    nameEn: 'New display',
    tree: [
      [
        'UPSTREAM',
        '材料与设备',
        [
          ['显示材料', ['玻璃基板', '偏光片', '液晶材料', 'OLED发光材料']],
          ['制造设备', ['曝光设备', '蒸镀设备', '检测设备']],
          ['驱动芯片', ['显示驱动IC', '触控芯片']],
        ],
      ],
      [
        'MIDSTREAM',
        '面板与模组',
        [
          ['显示面板', ['LCD面板', 'OLED面板', 'Mini LED背光']],
          ['显示模组', ['背光模组', '触控模组', '车载模组']],
        ],
      ],
      [
        'DOWNSTREAM',
        '终端应用',
        [
          ['消费电子', ['电视', '显示器', '笔记本电脑']],
          ['车载与商显', ['车载显示', '商用显示']],
        ],
      ],
    ],
  },
  {
    id: 'NEV',
    name: '新能源汽车',
    nameEn: 'New energy vehicles',
    tree: [
      [
        'UPSTREAM',
        '原材料与零部件',
        [
          ['电池材料', ['正极材料', '负极材料', '电解液', '隔膜']],
          ['电子元器件', ['功率半导体', '传感器']],
        ],
      ],
      [
        'MIDSTREAM',
        '三电系统',
        [
          ['动力电池', ['电芯', '电池包', '电池管理系统']],
          ['电驱系统', ['驱动电机', '电机控制器']],
          ['智能网联', ['域控制器', '车载通信模块']],
        ],
      ],
      [
        'DOWNSTREAM',
        '整车与服务',
        [
          ['整车制造', ['乘用车', '商用车']],
          ['后市场', ['充换电', '电池回收']],
        ],
      ],
    ],
  },
  {
    id: 'IC',
    name: '集成电路',
    nameEn: 'Integrated circuits',
    tree: [
      [
        'UPSTREAM',
        '设计与材料',
        [
          ['芯片设计', ['EDA工具', 'IP核', '模拟芯片设计']],
          ['半导体材料', ['硅片', '光刻胶', '电子特气']],
        ],
      ],
      [
        'MIDSTREAM',
        '制造',
        [
          ['晶圆制造', ['逻辑工艺', '特色工艺']],
          ['封装测试', ['先进封装', '芯片测试']],
        ],
      ],
      ['DOWNSTREAM', '应用', [['终端应用', ['消费电子芯片', '汽车芯片', '工业控制芯片']]]],
    ],
  },
];

const PROVINCES: Array<[string, string, string[]]> = [
  ['370000', '山东省', ['青岛市', '济南市', '烟台市', '潍坊市']],
  ['320000', '江苏省', ['南京市', '苏州市', '无锡市']],
  ['440000', '广东省', ['广州市', '深圳市', '东莞市']],
  ['340000', '安徽省', ['合肥市', '芜湖市']],
  ['330000', '浙江省', ['杭州市', '宁波市']],
  ['420000', '湖北省', ['武汉市', '襄阳市']],
  ['510000', '四川省', ['成都市', '绵阳市']],
  ['310000', '上海市', ['上海市']],
];
const DISTRICT_NAMES = ['高新区', '经开区', '城阳区', '东湖区', '滨海新区', '临港区', '江北区', '西城区'];
const BRAND = '华海鑫瑞达星恒泰晶源创联宏辰盛科芯光德航远博凯新明嘉润通'.split('');
const TRADE = ['电子', '科技', '材料', '光电', '智能', '精密', '新能源', '半导体', '显示', '装备'];
const SUFFIX = ['有限公司', '股份有限公司', '科技有限公司', '有限责任公司'];
const TAGS = ['专精特新', '高新技术企业', '外资', '瞪羚企业', '上市公司'];
const PARKS = ['芯屏产业园', '新能源汽车产业园', '集成电路产业园', '智能制造产业园', '新材料产业园'];
const PROJECT_STAGES = ['LEAD', 'NEGOTIATING', 'SIGNED', 'REGISTERED', 'LAND_ACQUIRED', 'UNDER_CONSTRUCTION', 'IN_PRODUCTION', 'DROPPED'];

export interface GenerateOptions {
  enterprises: number;
  out: string;
  seed?: string;
}

/** Writes the workbook and returns the number of rows of each table. */
export async function generateWorkbook(options: GenerateOptions): Promise<Record<TableName, number>> {
  const n = options.enterprises;
  const random = prng(options.seed ?? 'chainatlas');
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const pad = (i: number, width: number) => String(i).padStart(width, '0');
  const date = (from: number, to: number) => {
    const day = new Date(Date.UTC(int(from, to), 0, 1) + int(0, 364) * 86_400_000);
    return day.toISOString().slice(0, 10);
  };

  await mkdir(options.out, { recursive: true });
  const counts = {} as Record<TableName, number>;
  const streams = new Map<TableName, WriteStream>();
  for (const t of TABLES) {
    const stream = createWriteStream(path.join(options.out, `${t.name}.csv`), 'utf8');
    stream.write(`${t.columns.map((c) => c.name).join(',')}\n`);
    streams.set(t.name, stream);
    counts[t.name] = 0;
  }
  const widths = new Map(TABLES.map((t) => [t.name, t.columns.length]));
  // Rows name the leading columns; optional columns added to a table later are left empty.
  const write = async (table: TableName, given: unknown[]) => {
    counts[table] += 1;
    const values = [...given, ...Array<null>(Math.max(0, widths.get(table)! - given.length)).fill(null)];
    const line = `${values
      .map((v) => {
        const text = csvText(v);
        return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
      })
      .join(',')}\n`;
    if (!streams.get(table)!.write(line)) await once(streams.get(table)!, 'drain');
  };

  // Regions: country → provinces → cities → districts, and one zone inside the first district.
  const districts: string[] = [];
  await write('regions', ['CN', '中国', 'COUNTRY', null]);
  for (const [code, name, cities] of PROVINCES) {
    await write('regions', [code, name, 'PROVINCE', 'CN']);
    for (let c = 0; c < cities.length; c += 1) {
      const cityCode = `${code.slice(0, 2)}${pad(c + 1, 2)}00`;
      await write('regions', [cityCode, cities[c], 'CITY', code]);
      for (let d = 0; d < 3; d += 1) {
        const districtCode = `${cityCode.slice(0, 4)}${pad(d + 1, 2)}`;
        await write('regions', [districtCode, `${cities[c]!.replace(/市$/, '')}${DISTRICT_NAMES[(c * 3 + d) % DISTRICT_NAMES.length]}`, 'DISTRICT', cityCode]);
        districts.push(districtCode);
      }
    }
  }
  const zone = 'ZONE1';
  await write('regions', [zone, '青岛经济技术开发区（模拟）', 'ZONE', districts[0]]);

  // Chains, their three-level segment trees and the flows between second-level segments.
  const leaves: string[] = [];
  for (const chain of CHAINS) {
    await write('chains', [chain.id, chain.name, chain.nameEn, `${chain.name}产业链（模拟数据）`]);
    const byStage = new Map<Stage, string[]>();
    for (const [g, [stage, groupName, subs]] of chain.tree.entries()) {
      const groupId = `${chain.id}-${g + 1}`;
      await write('segments', [groupId, chain.id, groupName, stage, null, null, g + 1]);
      for (const [s, [subName, products]] of subs.entries()) {
        const subId = `${groupId}-${s + 1}`;
        await write('segments', [subId, chain.id, subName, stage, groupId, null, s + 1]);
        byStage.set(stage, [...(byStage.get(stage) ?? []), subId]);
        for (const [p, product] of products.entries()) {
          const leafId = `${subId}-${p + 1}`;
          await write('segments', [leafId, chain.id, product, stage, subId, null, p + 1]);
          leaves.push(leafId);
        }
      }
    }
    for (const [from, to] of [
      ['UPSTREAM', 'MIDSTREAM'],
      ['MIDSTREAM', 'DOWNSTREAM'],
    ] as const) {
      for (const a of byStage.get(from) ?? []) for (const b of byStage.get(to) ?? []) if (random() < 0.6) await write('flows', [a, b]);
    }
  }

  // Parks: most in the zone, a few elsewhere.
  const parks: string[] = [];
  for (let p = 0; p < PARKS.length + 3; p += 1) {
    const id = `P${pad(p + 1, 3)}`;
    parks.push(id);
    await write('parks', [id, p < PARKS.length ? PARKS[p] : `${pick(BRAND)}${pick(BRAND)}产业园`, p < PARKS.length ? zone : pick(districts)]);
  }

  // Enterprises with their segments, parks and supply links. Customers follow a Zipf-like law:
  // rank r is drawn with P ∝ 1/(r+1) (log-uniform), mapped to enterprises through a fixed
  // permutation, so a few enterprises — the chain masters — have very many suppliers.
  const width = Math.max(6, String(n).length);
  const enterpriseId = (i: number) => `E${pad(i, width)}`;
  let stride = Math.max(1, Math.floor(n * 0.618));
  const gcd = (a: number, b: number): number => (b ? gcd(b, a % b) : a);
  while (gcd(stride, n) !== 1) stride += 1;
  const byRank = (rank: number) => (rank * stride + 7) % n;
  const customerRank = () => Math.min(n - 1, Math.floor(Math.exp(random() * Math.log(n + 1))) - 1);
  for (let i = 0; i < n; i += 1) {
    const inZone = random() < 0.3;
    const region = inZone ? zone : pick(districts);
    const name = `${pick(['青岛', '苏州', '深圳', '合肥', '武汉', '成都', '宁波', ''])}${pick(BRAND)}${pick(BRAND)}${pick(TRADE)}${pick(SUFFIX)}`;
    const scale = pick(['LARGE', 'MEDIUM', 'MEDIUM', 'SMALL', 'SMALL', 'SMALL', 'MICRO', null]);
    let uscc: string | null = null;
    if (random() < 0.5) {
      let body = `91${pad(int(110000, 659000), 6)}`;
      while (body.length < 17) body += USCC_ALPHABET[int(0, 30)];
      uscc = body + usccCheckCharacter(body);
    }
    const tags = random() < 0.2 ? [pick(TAGS)] : [];
    await write('enterprises', [enterpriseId(i), name, region, uscc, scale, random() < 0.05, random() < 0.7 ? date(1985, 2023) : null, tags, null]);
    const first = pick(leaves);
    await write('enterprise_segments', [enterpriseId(i), first, null, null, pick(['CONFIRMED', 'INFERRED', 'INFERRED', 'UNCERTAIN']), null]);
    if (random() < 0.4) {
      const second = pick(leaves);
      if (second !== first) await write('enterprise_segments', [enterpriseId(i), second, null, null, 'INFERRED', null]);
    }
    if (inZone && random() < 0.5) await write('enterprise_parks', [enterpriseId(i), pick(parks.slice(0, PARKS.length)), random() < 0.5 ? date(2010, 2024) : null]);
    if (n > 1) {
      const chosen = new Set<number>();
      const want = int(1, 5);
      for (let tries = 0; chosen.size < want && tries < want * 4; tries += 1) {
        const customer = byRank(customerRank());
        if (customer !== i) chosen.add(customer);
      }
      for (const customer of [...chosen].sort((a, b) => a - b)) {
        await write('supplies', [enterpriseId(i), enterpriseId(customer), null, random() < 0.3 ? date(2015, 2024) : null, pick(['CONFIRMED', 'INFERRED', 'UNCERTAIN']), null]);
      }
    }
  }
  for (let c = 0; c < CHAINS.length && c < n; c += 1) await write('chain_masters', [enterpriseId(byRank(c)), CHAINS[c]!.id]);

  // Projects in the zone's pipeline.
  const projectCount = Math.min(5000, Math.max(5, Math.floor(n / 50)));
  for (let p = 0; p < projectCount; p += 1) {
    const byEnterprise = random() < 0.6 && n > 0;
    await write('projects', [
      `PJ${pad(p + 1, 5)}`,
      `${pick(BRAND)}${pick(BRAND)}${pick(TRADE)}项目`,
      zone,
      pick(PROJECT_STAGES),
      byEnterprise ? enterpriseId(int(0, n - 1)) : null,
      pick(leaves),
      random() < 0.5 ? pick(parks.slice(0, PARKS.length)) : null,
      Math.round(random() * 50_000) / 100,
      random() < 0.6 ? date(2021, 2024) : null,
      random() < 0.5 ? date(2025, 2028) : null,
      random() < 0.1,
    ]);
  }

  await Promise.all(
    [...streams.values()].map(async (s) => {
      s.end();
      await once(s, 'finish');
    }),
  );
  return counts;
}

function parseArgs(argv: string[]): GenerateOptions | string {
  const values: Record<string, string> = {};
  for (let i = 0; i < argv.length; i += 1) {
    const m = /^--(enterprises|out|seed)(?:=(.*))?$/.exec(argv[i]!);
    if (!m) return argv[i] === '-h' || argv[i] === '--help' ? '' : `unknown argument ${argv[i]}`;
    const value = m[2] ?? argv[++i];
    if (value === undefined) return `--${m[1]} needs a value`;
    values[m[1]!] = value;
  }
  const enterprises = Number(values.enterprises);
  if (!Number.isInteger(enterprises) || enterprises < 1) return '--enterprises: a whole number of at least 1';
  if (!values.out) return '--out: the folder to write';
  return { enterprises, out: values.out, seed: values.seed };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    if (args) console.error(args);
    console.error('usage: npm run generate -- --enterprises N --out DIR [--seed S]');
    return 2;
  }
  try {
    const started = Date.now();
    const counts = await generateWorkbook(args);
    console.log(
      `${args.out}: ${Object.entries(counts)
        .map(([t, c]) => `${t} ${c}`)
        .join(', ')} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
    return 0;
  } catch (error) {
    console.error('[generate] failed:', error);
    return 2;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) process.exitCode = await main();
