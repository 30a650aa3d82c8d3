import { ENUMS, TABLES, type EnumName } from './tables.js';

export type Lang = 'zh' | 'en';

const list = (items: string[]) => items.join(', ');

function enumChoices(name: EnumName, lang: Lang): string {
  return Object.entries(ENUMS[name])
    .map(([value, aliases]) => (lang === 'zh' && aliases[0] ? `${value}（${aliases[0]}）` : value))
    .join(lang === 'zh' ? '、' : ', ');
}

/** Every message the importer reports, in Chinese (the default) and English. */
export function messages(lang: Lang) {
  const zh = lang === 'zh';
  return {
    unknownTable: (name: string) =>
      zh
        ? `未知的表“${name}”；可用的表：${list(TABLES.map((t) => t.name))}（名称以 _ 开头的表会被忽略）`
        : `unknown table "${name}"; the tables are: ${list(TABLES.map((t) => t.name))} (tables whose name starts with _ are ignored)`,
    duplicateTable: (name: string, first: string, second: string) => (zh ? `表 ${name} 出现了两次（“${first}”和“${second}”）` : `table ${name} appears twice ("${first}" and "${second}")`),
    notAnArray: (name: string) => (zh ? `JSON 中的 ${name} 应当是一个数组` : `${name} in the JSON must be an array of rows`),
    notAnObject: zh ? 'JSON 工作簿应当是一个对象，每个表是其中的一个数组' : 'a JSON workbook must be an object with one array per table',
    rowNotAnObject: zh ? '这一行应当是一个对象（列名 → 值）' : 'this row must be an object (column → value)',
    unknownColumn: (header: string, allowed: string[]) => (zh ? `未知的列“${header}”；可用的列：${list(allowed)}` : `unknown column "${header}"; the columns are: ${list(allowed)}`),
    duplicateColumn: (column: string) => (zh ? `列 ${column} 出现了两次` : `column ${column} appears twice`),
    missingColumn: (column: string) => (zh ? `缺少必填列 ${column}` : `required column ${column} is missing`),
    tooManyCells: (count: number, headers: number) => (zh ? `这一行有 ${count} 个单元格，但表头只有 ${headers} 列` : `this row has ${count} cells but the header has ${headers} columns`),
    csvSyntax: (detail: string) => (zh ? `CSV 格式错误：${detail}` : `CSV syntax error: ${detail}`),
    required: zh ? '必填' : 'required',
    badEnum: (value: string, name: EnumName) => (zh ? `“${value}”不是有效值；可用：${enumChoices(name, lang)}` : `"${value}" is not a valid value; expected one of ${enumChoices(name, lang)}`),
    badInt: (value: string) => (zh ? `“${value}”不是整数` : `"${value}" is not a whole number`),
    badYear: (value: string) => (zh ? `“${value}”不是有效年份；年份应在 1949 到 2100 之间，例如 2024` : `"${value}" is not a valid year; a year is from 1949 to 2100, e.g. 2024`),
    vacantOverFloor: (vacant: number, floor: number) => (zh ? `空置面积 ${vacant}㎡ 大于建筑面积 ${floor}㎡` : `vacant space ${vacant} m² is larger than the floor space ${floor} m²`),
    investmentBoth: zh
      ? '一条基金投资只能指向企业或项目之一：enterprise_id 和 project_id 不能同时填写'
      : 'a fund investment names either an enterprise or a project: fill in enterprise_id or project_id, not both',
    investmentNeither: zh ? '一条基金投资必须指向一家企业或一个项目：请填写 enterprise_id 或 project_id' : 'a fund investment names an enterprise or a project: fill in enterprise_id or project_id',
    badNumber: (value: string) => (zh ? `“${value}”不是数字` : `"${value}" is not a number`),
    badPeriod: (value: string) =>
      zh
        ? `“${value}”不是有效期间；期间格式为 YYYY（年）、YYYY-Qn（季度）或 YYYY-MM（月），例如 2026、2026-Q1、2026-03`
        : `"${value}" is not a period; periods are YYYY, YYYY-Qn or YYYY-MM, e.g. 2026, 2026-Q1, 2026-03`,
    negative: (value: string) => (zh ? `${value} 不能为负数` : `${value} must not be negative`),
    badShare: (value: string) => (zh ? `份额 ${value} 应大于 0 且不大于 1（例如 0.35）` : `share ${value} must be greater than 0 and at most 1 (e.g. 0.35)`),
    badDate: (value: string) => (zh ? `“${value}”不是有效日期；日期格式为 YYYY-MM-DD，例如 2021-06-30` : `"${value}" is not a valid date; dates are YYYY-MM-DD, e.g. 2021-06-30`),
    badBool: (value: string) => (zh ? `“${value}”不是是/否值；可用：是、否（true、false）` : `"${value}" is not a yes/no value; expected true or false (是/否)`),
    badText: zh ? '这里应当是文本' : 'expected text here',
    tooLong: (length: number, limit: number) => (zh ? `内容过长：${length} 个字符，最多 ${limit} 个` : `too long: ${length} characters, at most ${limit}`),
    usccLength: (value: string) => (zh ? `统一社会信用代码“${value}”应为 18 位，实际 ${[...value].length} 位` : `USCC "${value}" must have 18 characters, it has ${[...value].length}`),
    usccCharset: (value: string, ch: string) =>
      zh
        ? `统一社会信用代码“${value}”含有不允许的字符“${ch}”（只允许数字和除 I、O、Z、S、V 以外的大写字母）`
        : `USCC "${value}" contains "${ch}", which is not allowed (digits and capital letters except I, O, Z, S and V)`,
    usccCheck: (value: string, expected: string) =>
      zh ? `统一社会信用代码“${value}”的校验码不对：按 GB 32100-2015 计算，第 18 位应为“${expected}”` : `USCC "${value}" fails its check: by GB 32100-2015 the 18th character must be "${expected}"`,
    usccAsNumber: (value: string) =>
      zh
        ? `统一社会信用代码被 Excel 存成了数字并被截断（${value}）：请把这一列设为“文本”格式，再重新填写代码`
        : `Excel stored this USCC as a number and truncated it (${value}): format the column as Text and enter the codes again`,
    duplicateKey: (key: string, firstRow: number | null) => (zh ? `重复：${key} 已在第 ${firstRow ?? '?'} 行出现` : `duplicate: ${key} already appears in row ${firstRow ?? '?'}`),
    unresolved: (kind: string, id: string) => (zh ? `找不到${KIND_ZH[kind] ?? kind}“${id}”：工作簿和数据库中都没有` : `no ${kind} "${id}" in the workbook or the database`),
    parentOtherChain: (parent: string, parentChain: string, chain: string) =>
      zh
        ? `上级环节 ${parent} 属于产业链 ${parentChain}，而这个环节属于 ${chain}；上级环节必须在同一条产业链中`
        : `parent segment ${parent} belongs to chain ${parentChain} but this segment belongs to ${chain}; a parent must be in the same chain`,
    cycle: (what: 'segment' | 'region', path: string[]) =>
      zh ? `${what === 'segment' ? '环节' : '地区'}的上下级形成了循环：${path.join(' → ')}` : `the ${what} tree has a cycle: ${path.join(' → ')}`,
    selfSupply: zh ? '供应商和客户不能是同一家企业' : 'supplier and customer must be different enterprises',
    selfFlow: zh ? '一个环节不能流向它自己' : 'a segment cannot feed itself',
    emptySource: zh ? '工作簿中没有任何表' : 'the workbook holds no table',
  };
}

const KIND_ZH: Record<string, string> = {
  region: '地区',
  chain: '产业链',
  segment: '环节',
  enterprise: '企业',
  park: '园区',
  parcel: '地块',
  project: '项目',
  fund: '基金',
  platform: '平台',
  unit: '单位',
  official: '领导',
};

export type Messages = ReturnType<typeof messages>;
