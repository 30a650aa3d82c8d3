import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import { ENUMS } from '../import/tables.js';

/**
 * Server messages in the page's language. The API's messages are written in English; a request
 * that says `X-ChainAtlas-Lang: zh` (the app sends its page language with every request) receives
 * each error the UI can meet in Chinese instead. Scripts that send no header keep the English. Import and single-record
 * validation messages are already made in the request's language (server/import/messages.ts);
 * this covers the rest: sign-in, permissions, not found, conflicts, console refusals, outages.
 */
export type Lang = 'zh' | 'en';

type Ext = Record<string, unknown>;
type Rule = [RegExp, (m: RegExpMatchArray, ext: Ext) => string];

const stageZh = (stage: unknown) => ENUMS.projectStage[String(stage)]?.[0] ?? String(stage);
const roleZh: Record<string, string> = { viewer: '查看者', analyst: '分析员', editor: '编辑', admin: '管理员' };
const whatZh: Record<string, string> = {
  chain: '产业链',
  segment: '环节',
  region: '地区',
  enterprise: '企业',
  project: '项目',
  park: '园区',
  'enterprise or segment': '企业或环节',
};
const where = (ext: Ext) => (ext.line !== undefined ? `第 ${String(ext.line)} 行第 ${String(ext.column)} 列的 ` : '');

/** Console refusals by `extensions.reason` (server/console/refusal.ts). */
const CONSOLE_ZH: Record<string, (m: string, ext: Ext) => string> = {
  empty: () => '查询为空。',
  'too-long': (m) => `查询太长：${/(\d+) characters/.exec(m)?.[1] ?? ''} 个字符，控制台最多接受 ${/at most (\d+)/.exec(m)?.[1] ?? ''} 个。`,
  syntax: (m, ext) => `语法错误（第 ${String(ext.line)} 行第 ${String(ext.column)} 列）：${m.replace(/^Syntax error: /, '').replace(/ \(line \d+, column \d+\)\.$/, '')}`,
  'bad-params': (m) => `查询参数有误：${m}`,
  'bad-limit': () => '行数上限必须是允许范围内的整数。',
  'bad-timeout': () => '超时时间必须是允许范围内的整数（毫秒）。',
  busy: () => '控制台正在运行的查询已达上限，请稍后再试。',
  'explain-profile': () => '请去掉 EXPLAIN / PROFILE：控制台会自动解释每个查询，并随结果返回执行计划。',
  'multiple-statements': () => '每次只能运行一条语句：分号后还有内容，请逐条运行。',
  'write-clause': (_m, ext) => `${where(ext)}${String(ext.keyword ?? '')} 会写入数据库；查询控制台只读。（若要把 ${String(ext.keyword ?? '')} 用作名称，请加反引号。）`.trim(),
  'load-csv': (_m, ext) => `${where(ext)}LOAD CSV：控制台不读取文件或网址。`,
  'use-clause': (_m, ext) => `${where(ext)}USE：控制台始终查询 ChainAtlas 数据库。`,
  'query-options': () => '控制台不接受查询选项（开头的 CYPHER …）。',
  'procedure-not-allowed': (_m, ext) => `控制台不调用过程 ${String(ext.procedure ?? '')}；只允许查看库结构的几个只读过程。`,
  apoc: (_m, ext) => `${where(ext)}APOC 过程在控制台中不可用。`,
  dbms: (_m, ext) => `${where(ext)}DBMS 过程用于管理服务器，控制台不运行。`,
  'admin-command': (_m, ext) => `${where(ext)}管理命令（建库、建索引、用户等）在控制台中不可用。`,
  'show-command': () => '控制台只能 SHOW 索引和约束。',
  'in-transactions': (_m, ext) => `${where(ext)}IN TRANSACTIONS 会分批写入；控制台只运行一个只读事务。`,
  'protected-data': () => '查询涉及账号、会话、令牌、审计日志或保存的查询，控制台不显示这些数据。',
  'write-plan': () => '执行计划包含写操作，控制台拒绝运行。',
  'not-read-only': () => 'Neo4j 判定这不是只读查询；控制台只运行只读查询。',
};

/** Other messages by their English text (the sources are named beside each). */
const RULES_ZH: Rule[] = [
  // server/auth/service.ts
  [/^wrong user name or password$/, () => '用户名或密码不正确。'],
  [/^too many failed sign-ins; try again in (\d+) s$/, (m) => `登录失败次数过多，请 ${m[1]} 秒后再试。`],
  [/^user "(.+)" already exists$/, (m) => `用户“${m[1]}”已存在。`],
  [/^user "(.+)" not found$/, (m) => `找不到用户“${m[1]}”。`],
  [/^password: at least 12 characters$/, () => '密码至少 12 个字符。'],
  // server/app.ts, server/auth/policy.ts
  [/^the API token is invalid or revoked$/, () => 'API 令牌无效或已被吊销。'],
  [/^sign in to use (.+)$/, (m) => `请先登录再使用 ${m[1]}。`],
  [/^(.+) needs the (\w+) role \(you are (\w+)\)$/, (m) => `${m[1]} 需要“${roleZh[m[2]!] ?? m[2]}”角色（您是“${roleZh[m[3]!] ?? m[3]}”）。`],
  [/^Sign in first\.$/, () => '请先登录。'],
  // server/graphql/resolvers/auth.ts
  [/^admins cannot remove their own admin role; ask another admin$/, () => '管理员不能取消自己的管理员角色，请另一位管理员操作。'],
  [/^admins cannot remove themselves$/, () => '管理员不能删除自己。'],
  // server/repositories/editing.ts
  [
    /^.+ is already in the pipeline for .+: project .+$/,
    (_m, ext) => `${String(ext.enterpriseName)} 已在“${String(ext.segmentName)}”环节的项目库中：项目“${String(ext.projectName)}”（${stageZh(ext.stage)}）。`,
  ],
  [/^segment (.+) has (\d+) sub-segment\(s\); delete or move them first$/, (m) => `环节 ${m[1]} 还有 ${m[2]} 个子环节，请先删除或移走它们。`],
  [/^a segment cannot feed itself$/, () => '环节不能流向自身。'],
  [/^tags: a tag cannot contain ";"$/, () => '标签：标签中不能含有“;”。'],
  [/^the uploaded file is empty$/, () => '上传的文件是空的。'],
  [/^filename "(.+)": expected a \.xlsx, \.json or \.csv file name$/, (m) => `文件名“${m[1]}”：应为 .xlsx、.json 或 .csv 文件。`],
  // server/console/saved-queries.ts, run-console-query.ts
  [/^saved query (.+) belongs to someone else; only its owner or an admin may delete it$/, (m) => `保存的查询 ${m[1]} 属于他人，只有其所有者或管理员可以删除。`],
  [/^Planning the query took longer than (\d+) ms; the console stopped waiting\.$/, (m) => `查询规划超过 ${m[1]} 毫秒，控制台已停止等待。`],
  // server/errors.ts
  [/^(.+?) (.+) not found$/, (m, ext) => `找不到${whatZh[String(ext.what ?? m[1]).toLowerCase()] ?? String(ext.what ?? m[1])} ${String(ext.id ?? m[2])}。`],
  [/^The graph database is busy right now; try again shortly\.$/, () => '图数据库正忙，请稍后再试。'],
  [/^The graph database is not reachable right now; try again shortly\.$/, () => '暂时无法连接图数据库，请稍后再试。'],
  [/^The query took too long and was stopped/, () => '查询用时过长，已被停止。'],
  [/^(?:limit|offset|tiers|maxHops|perSegment|strongAt) must be/, (m) => `参数超出允许范围：${m.input ?? ''}`],
  [/^Internal server error$/, () => '服务器内部错误。'],
];

/** The message of an error in `lang`: Chinese where the catalogue knows it, else as written. */
export function localiseMessage(message: string, extensions: Ext, lang: Lang): string {
  if (lang === 'en') return message;
  const reason = typeof extensions.reason === 'string' ? extensions.reason : null;
  if (reason && CONSOLE_ZH[reason] && extensions.layer) return CONSOLE_ZH[reason]!(message, extensions);
  for (const [pattern, make] of RULES_ZH) {
    const m = pattern.exec(message);
    if (m) return make(m, extensions);
  }
  return message;
}

/** Every error of a response in the language the request asked for (`X-ChainAtlas-Lang: zh`). */
export function localiseErrorsPlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart({ request }) {
      const lang: Lang = request.http?.headers.get('x-chainatlas-lang') === 'zh' ? 'zh' : 'en';
      if (lang === 'en') return {};
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors as GraphQLError[]) {
            const original = (error.originalError as GraphQLError | undefined) ?? error;
            const ext = { ...(original.extensions ?? {}), ...(error.extensions ?? {}) };
            const next = localiseMessage(error.message, ext, lang);
            if (next !== error.message) error.message = next;
          }
        },
      };
    },
  };
}
