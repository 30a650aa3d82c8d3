/**
 * The chain workbook's tables and columns (PRODUCT.md, "Import format"), with the Chinese and
 * English aliases accepted for table names, headers and enum values. Everything the reader and
 * the validator know about the format lives here, so the format has one definition.
 */

export const TABLE_NAMES = [
  'regions',
  'chains',
  'segments',
  'flows',
  'enterprises',
  'enterprise_segments',
  'chain_masters',
  'supplies',
  'parks',
  'enterprise_parks',
  'park_themes',
  'parcels',
  'parcel_segments',
  'units',
  'officials',
  'projects',
  'funds',
  'fund_focus',
  'fund_investments',
  'platforms',
  'platform_segments',
  'enterprise_years',
  'chain_chiefs',
  'chain_team',
  'policies',
  'targets',
  'actuals',
  'gap_tasks',
  'milestones',
] as const;
export type TableName = (typeof TABLE_NAMES)[number];

/** Kinds of things a column can reference; each is defined by one table's key. */
export type RefKind = 'region' | 'chain' | 'segment' | 'enterprise' | 'park' | 'parcel' | 'project' | 'fund' | 'platform' | 'unit' | 'official';

export type EnumName =
  | 'level'
  | 'stage'
  | 'scale'
  | 'evidence'
  | 'projectStage'
  | 'role'
  | 'parkKind'
  | 'parcelUse'
  | 'parcelStatus'
  | 'fundKind'
  | 'platformKind'
  | 'platformLevel'
  | 'unitKind'
  | 'chiefRole'
  | 'teamRole'
  | 'indicatorKind'
  | 'taskStatus'
  | 'milestoneKind';

export type ColumnType =
  | { type: 'text' }
  | { type: 'key' }
  | { type: 'ref'; kind: RefKind }
  | { type: 'enum'; values: EnumName }
  | { type: 'int' }
  | { type: 'nonNegative' }
  /** A fraction: a number greater than 0 and at most 1. */
  | { type: 'share' }
  /** A calendar year from 1949 to 2100. */
  | { type: 'year' }
  /** Any finite number (targets and actuals may be negative, e.g. a growth rate). */
  | { type: 'number' }
  /** A reporting period: `YYYY`, `YYYY-Qn` or `YYYY-MM`. */
  | { type: 'period' }
  | { type: 'date' }
  | { type: 'bool' }
  | { type: 'list' }
  | { type: 'uscc' };

export interface ColumnSpec {
  name: string;
  required: boolean;
  type: ColumnType;
  /** Header aliases besides the canonical name (compared after normalizeHeader). */
  aliases: string[];
}

export interface TableSpec {
  name: TableName;
  /** Sheet, file and JSON-key aliases besides the canonical name. */
  aliases: string[];
  columns: ColumnSpec[];
  /** The columns that identify a row; a second row with the same values is a duplicate. */
  key: string[];
  /** The kind of thing this table's key defines, when other tables may reference it. */
  defines?: RefKind;
  /**
   * Key columns that may be empty (their empty value then takes part in the key). Used where a
   * row names one of two alternatives, as a fund investment names an enterprise or a project.
   */
  optionalKey?: string[];
}

/** The years a yearly figure may have (the People's Republic's founding to 2100). */
export const YEAR_RANGE = { min: 1949, max: 2100 } as const;

/** Enum values and their aliases (Chinese and English spellings besides the value itself). */
export const ENUMS: Record<EnumName, Record<string, string[]>> = {
  level: {
    COUNTRY: ['国家', '全国', '国家级'],
    PROVINCE: ['省', '省级', '省份', '直辖市', '自治区'],
    CITY: ['市', '市级', '地级市', '城市'],
    DISTRICT: ['区县', '区', '县', '县级', '区级', '县区', '县级市'],
    ZONE: ['园区', '开发区', '功能区', '高新区', '经开区'],
  },
  stage: {
    UPSTREAM: ['上游'],
    MIDSTREAM: ['中游'],
    DOWNSTREAM: ['下游'],
  },
  scale: {
    LARGE: ['大型', '大'],
    MEDIUM: ['中型', '中'],
    SMALL: ['小型', '小'],
    MICRO: ['微型', '微'],
  },
  evidence: {
    CONFIRMED: ['确认', '已确认', '证实'],
    UNCERTAIN: ['存疑', '待确认', '待核实', '不确定'],
    INFERRED: ['推断', '推测'],
  },
  projectStage: {
    LEAD: ['线索'],
    NEGOTIATING: ['在谈', '洽谈'],
    SIGNED: ['签约', '已签约'],
    REGISTERED: ['注册', '已注册', '签约注册'],
    LAND_ACQUIRED: ['拿地', '已拿地', '新拿地'],
    UNDER_CONSTRUCTION: ['在建'],
    IN_PRODUCTION: ['投产', '已投产'],
    DROPPED: ['终止', '已终止'],
  },
  role: {
    PRODUCER: ['生产', '制造', '生产商', '制造商', '生产企业'],
    RESEARCH: ['研发', '研发机构'],
    SERVICE: ['服务', '服务商'],
    TRADER: ['贸易', '贸易商', '经销', '经销商'],
  },
  parkKind: {
    THEME_PARK: ['主题园区', '园中园', '区中园'],
    INDUSTRIAL_PARK: ['产业园区', '产业园', '工业园'],
    INCUBATOR: ['孵化器', '众创空间', '加速器'],
  },
  parcelUse: {
    INDUSTRIAL: ['工业', '工业用地'],
    RESEARCH: ['研发', '科研', '科研用地', '研发用地'],
    WAREHOUSE: ['仓储', '仓储用地', '物流仓储'],
    MIXED: ['混合', '混合用地', '新型产业用地', 'M0'],
  },
  parcelStatus: {
    AVAILABLE: ['可供', '可出让', '待出让', '净地'],
    RESERVED: ['预留', '已预留', '意向'],
    TRANSFERRED: ['已出让', '出让', '已供'],
  },
  fundKind: {
    GUIDANCE: ['引导基金', '政府引导基金', '母基金'],
    INDUSTRY: ['产业基金', '产业投资基金'],
    VENTURE: ['创投基金', '风险投资', '天使基金', '创投'],
  },
  platformKind: {
    KEY_LAB: ['重点实验室', '实验室'],
    ENGINEERING_CENTER: ['工程技术研究中心', '工程研究中心', '工程中心'],
    ENTERPRISE_TECH_CENTER: ['企业技术中心', '技术中心'],
    UNIVERSITY: ['高校', '大学'],
    INSTITUTE: ['研究院', '新型研发机构', '研究所'],
    PILOT_BASE: ['中试基地', '中试平台'],
    OTHER: ['其他'],
  },
  platformLevel: {
    NATIONAL: ['国家级', '国家'],
    PROVINCIAL: ['省级', '省'],
    CITY: ['市级', '市'],
  },
  unitKind: {
    DEPARTMENT: ['部门', '职能部门', '委局'],
    STREET: ['街道', '镇街', '街镇'],
    PARK_OPERATOR: ['园区运营', '园区运营方', '园区运营公司'],
    STATE_COMPANY: ['国企', '国有企业', '平台公司'],
    OTHER: ['其他'],
  },
  chiefRole: {
    CHIEF: ['链长'],
    DEPUTY: ['副链长'],
  },
  teamRole: {
    LEAD: ['牵头', '牵头单位'],
    MEMBER: ['成员', '成员单位', '配合', '配合单位'],
  },
  indicatorKind: {
    FLOW: ['流量', '累计', '增量', '累计值'],
    STOCK: ['存量', '时点', '时点值'],
  },
  taskStatus: {
    OPEN: ['进行中', '未完成', '待办', '认领中'],
    DONE: ['已完成', '完成', '办结'],
    CANCELLED: ['已取消', '取消', '撤销'],
  },
  milestoneKind: {
    SIGN: ['签约'],
    REGISTER: ['注册'],
    LAND: ['拿地', '供地', '土地摘牌'],
    START: ['开工'],
    TOP_OUT: ['封顶', '主体封顶', '厂房封顶'],
    EQUIPMENT: ['设备进场', '设备安装', '设备搬入'],
    TRIAL: ['试生产', '试产', '点亮'],
    PRODUCTION: ['投产'],
    FULL_CAPACITY: ['达产', '满产'],
    ABOVE_SCALE: ['纳统', '入规', '规上'],
    OTHER: ['其他'],
  },
};

const text = (): ColumnType => ({ type: 'text' });
const key = (): ColumnType => ({ type: 'key' });
const ref = (kind: RefKind): ColumnType => ({ type: 'ref', kind });
const enumOf = (values: EnumName): ColumnType => ({ type: 'enum', values });

function col(name: string, required: boolean, type: ColumnType, aliases: string[] = []): ColumnSpec {
  return { name, required, type, aliases };
}

const EVIDENCE = ['证据', '证据等级', '可信度', '依据'];
const SOURCE = ['来源', '数据来源', '出处'];
const PRODUCTS = ['产品', '主要产品', '供应产品'];
const ENTERPRISE_REF = ['企业', '企业编号', '企业id', '企业代码'];
const CHAIN_REF = ['产业链', '产业链编号', '产业链id', '所属产业链', '链', '链编号'];
const SEGMENT_REF = ['环节', '环节编号', '环节id', '所属环节'];
const REGION_REF = ['地区', '地区代码', '所属地区', '所在地区', '区划代码', '行政区划代码', '地区编码'];
const PARK_REF = ['园区', '园区编号', '园区id', '所属园区'];
const NAME_EN = ['英文名', '英文名称', 'english_name'];
const AS_OF = ['数据日期', '截至日期', '数据截至', 'as of'];
const PARCEL_REF = ['地块', '地块编号', '地块id'];
const PROJECT_REF = ['项目', '项目编号', '项目id', '所属项目'];
const UNIT_REF = ['单位', '单位编号', '单位id', '责任单位', '责任单位编号'];
const OFFICIAL_REF = ['领导', '领导编号', '领导id', '官员编号'];
const INDICATOR = ['指标', '指标代码', '指标编码'];
const FUND_REF = ['基金', '基金编号', '基金id'];
const PLATFORM_REF = ['平台', '平台编号', '平台id'];
const num = (): ColumnType => ({ type: 'nonNegative' });

export const TABLES: TableSpec[] = [
  {
    name: 'regions',
    aliases: ['地区', '区域', '行政区划', 'region'],
    key: ['code'],
    defines: 'region',
    columns: [
      col('code', true, key(), ['代码', '编码', '区划代码', '行政区划代码', '地区代码', 'id']),
      col('name', true, text(), ['名称', '地区名称', '区域名称']),
      col('level', true, enumOf('level'), ['级别', '层级', '行政级别']),
      col('parent_code', false, ref('region'), ['上级代码', '上级编码', '上级区划代码', '上级地区', '上级', 'parent']),
    ],
  },
  {
    name: 'chains',
    aliases: ['产业链', 'chain'],
    key: ['id'],
    defines: 'chain',
    columns: [
      col('id', true, key(), ['编号', '产业链编号', '产业链id', '代码']),
      col('name', true, text(), ['名称', '产业链名称', '链名称']),
      col('name_en', false, text(), NAME_EN),
      col('description', false, text(), ['描述', '说明', '简介']),
    ],
  },
  {
    name: 'segments',
    aliases: ['环节', '产业链环节', 'segment'],
    key: ['id'],
    defines: 'segment',
    columns: [
      col('id', true, key(), ['编号', '环节编号', '环节id', '代码']),
      col('chain_id', true, ref('chain'), CHAIN_REF),
      col('name', true, text(), ['名称', '环节名称', '环节']),
      col('stage', true, enumOf('stage'), ['阶段', '环节阶段', '上中下游']),
      col('parent_id', false, ref('segment'), ['上级环节', '上级环节编号', '上级编号', '父环节', '上级']),
      col('name_en', false, text(), NAME_EN),
      col('order', false, { type: 'int' }, ['顺序', '排序', '序号']),
    ],
  },
  {
    name: 'flows',
    aliases: ['流向', '环节流向', '上下游关系', 'flow'],
    key: ['from_segment_id', 'to_segment_id'],
    columns: [
      col('from_segment_id', true, ref('segment'), ['上游环节', '来源环节', '起始环节', '从环节', 'from']),
      col('to_segment_id', true, ref('segment'), ['下游环节', '目标环节', '去向环节', '到环节', 'to']),
    ],
  },
  {
    name: 'enterprises',
    aliases: ['企业', '企业名录', 'enterprise'],
    key: ['id'],
    defines: 'enterprise',
    columns: [
      col('id', true, key(), ['编号', '企业编号', '企业id']),
      col('name', true, text(), ['名称', '企业名称', '企业名']),
      col('region_code', true, ref('region'), REGION_REF),
      col('uscc', false, { type: 'uscc' }, ['统一社会信用代码', '社会信用代码', '信用代码', '代码']),
      col('scale', false, enumOf('scale'), ['规模', '企业规模']),
      col('listed', false, { type: 'bool' }, ['是否上市', '上市']),
      col('founded', false, { type: 'date' }, ['成立日期', '成立时间', '注册日期']),
      col('tags', false, { type: 'list' }, ['标签']),
      col('name_en', false, text(), NAME_EN),
      col('source', false, text(), SOURCE),
      col('as_of', false, { type: 'date' }, AS_OF),
    ],
  },
  {
    name: 'enterprise_segments',
    aliases: ['企业环节', '企业-环节', '企业所属环节', 'enterprise_segment'],
    key: ['enterprise_id', 'segment_id'],
    columns: [
      col('enterprise_id', true, ref('enterprise'), ENTERPRISE_REF),
      col('segment_id', true, ref('segment'), SEGMENT_REF),
      col('role', false, enumOf('role'), ['角色']),
      col('products', false, text(), PRODUCTS),
      col('evidence', false, enumOf('evidence'), EVIDENCE),
      col('source', false, text(), SOURCE),
    ],
  },
  {
    name: 'chain_masters',
    aliases: ['链主', '链主企业', 'chain_master'],
    key: ['enterprise_id', 'chain_id'],
    columns: [col('enterprise_id', true, ref('enterprise'), [...ENTERPRISE_REF, '链主', '链主企业']), col('chain_id', true, ref('chain'), CHAIN_REF)],
  },
  {
    name: 'supplies',
    aliases: ['供应', '供应关系', '配套关系', 'supply'],
    key: ['supplier_id', 'customer_id'],
    columns: [
      col('supplier_id', true, ref('enterprise'), ['供应商', '供应商编号', '供应企业', '供方']),
      col('customer_id', true, ref('enterprise'), ['客户', '客户编号', '客户企业', '采购方', '需方']),
      col('products', false, text(), PRODUCTS),
      col('since', false, { type: 'date' }, ['起始日期', '开始日期', '始于', '合作开始日期']),
      col('evidence', false, enumOf('evidence'), EVIDENCE),
      col('source', false, text(), SOURCE),
      col('share', false, { type: 'share' }, ['份额', '采购份额', '供应份额', '占比', '采购占比']),
    ],
  },
  {
    name: 'parks',
    aliases: ['园区', 'park'],
    key: ['id'],
    defines: 'park',
    columns: [
      col('id', true, key(), ['编号', '园区编号', '园区id']),
      col('name', true, text(), ['名称', '园区名称']),
      col('region_code', true, ref('region'), REGION_REF),
      col('source', false, text(), SOURCE),
      col('as_of', false, { type: 'date' }, AS_OF),
      col('kind', false, enumOf('parkKind'), ['类型', '园区类型']),
      col('operator', false, text(), ['运营方', '运营主体', '运营商']),
      col('area_mu', false, num(), ['占地', '占地面积', '占地(亩)', '占地面积(亩)', '面积(亩)']),
      col('floor_space_sqm', false, num(), ['建筑面积', '建筑面积(平方米)', '建筑面积(㎡)', '载体面积']),
      col('vacant_sqm', false, num(), ['空置面积', '空置面积(平方米)', '空置面积(㎡)', '可用面积', '可招商面积']),
      col('rent_yuan_sqm_month', false, num(), ['租金', '租金(元/平方米/月)', '租金(元/㎡/月)']),
      col('description', false, text(), ['描述', '说明', '简介']),
    ],
  },
  {
    name: 'enterprise_parks',
    aliases: ['入驻', '企业园区', '入驻企业', 'enterprise_park'],
    key: ['enterprise_id', 'park_id'],
    columns: [col('enterprise_id', true, ref('enterprise'), ENTERPRISE_REF), col('park_id', true, ref('park'), PARK_REF), col('since', false, { type: 'date' }, ['入驻日期', '入驻时间', '起始日期'])],
  },
  {
    name: 'park_themes',
    aliases: ['园区主题', '园区主导环节', 'park_theme'],
    key: ['park_id', 'segment_id'],
    columns: [col('park_id', true, ref('park'), PARK_REF), col('segment_id', true, ref('segment'), SEGMENT_REF)],
  },
  {
    name: 'parcels',
    aliases: ['地块', '标准地', 'parcel'],
    key: ['id'],
    defines: 'parcel',
    columns: [
      col('id', true, key(), ['编号', '地块编号', '地块id']),
      col('name', true, text(), ['名称', '地块名称']),
      col('region_code', true, ref('region'), REGION_REF),
      col('park_id', false, ref('park'), PARK_REF),
      col('area_mu', true, num(), ['面积', '面积(亩)', '用地面积(亩)', '出让面积(亩)']),
      col('use', false, enumOf('parcelUse'), ['用途', '土地用途', '用地性质']),
      col('status', true, enumOf('parcelStatus'), ['状态', '供地状态']),
      col('available_from', false, { type: 'date' }, ['可供日期', '可供时间']),
      col('min_investment_wan_per_mu', false, num(), ['投资强度', '亩均投资', '投资强度(万元/亩)', '亩均投资(万元/亩)']),
      col('min_tax_wan_per_mu', false, num(), ['亩均税收', '亩均税收(万元/亩)']),
    ],
  },
  {
    name: 'parcel_segments',
    aliases: ['地块环节', '地块适宜环节', 'parcel_segment'],
    key: ['parcel_id', 'segment_id'],
    columns: [col('parcel_id', true, ref('parcel'), PARCEL_REF), col('segment_id', true, ref('segment'), SEGMENT_REF)],
  },
  {
    name: 'units',
    aliases: ['单位', '责任单位', '部门', 'unit'],
    key: ['id'],
    defines: 'unit',
    columns: [col('id', true, key(), ['编号', '单位编号', '单位id']), col('name', true, text(), ['名称', '单位名称']), col('kind', false, enumOf('unitKind'), ['类型', '单位类型'])],
  },
  {
    name: 'officials',
    aliases: ['领导', '领导干部', 'official'],
    key: ['id'],
    defines: 'official',
    columns: [col('id', true, key(), ['编号', '领导编号', '领导id']), col('name', true, text(), ['姓名', '名称']), col('post', true, text(), ['职务', '岗位'])],
  },
  {
    name: 'projects',
    aliases: ['项目', '项目库', 'project'],
    key: ['id'],
    defines: 'project',
    columns: [
      col('id', true, key(), ['编号', '项目编号', '项目id']),
      col('name', true, text(), ['名称', '项目名称']),
      col('region_code', true, ref('region'), REGION_REF),
      col('stage', true, enumOf('projectStage'), ['阶段', '项目阶段', '进展', '状态']),
      col('enterprise_id', false, ref('enterprise'), [...ENTERPRISE_REF, '投资方', '投资企业']),
      col('segment_id', false, ref('segment'), [...SEGMENT_REF, '目标环节']),
      col('park_id', false, ref('park'), PARK_REF),
      col('investment_yi', false, { type: 'nonNegative' }, ['投资额', '投资额(亿元)', '总投资', '总投资(亿元)', '投资(亿元)', '投资额亿元']),
      col('signed_on', false, { type: 'date' }, ['签约日期', '签约时间']),
      col('planned_production_on', false, { type: 'date' }, ['计划投产日期', '预计投产日期', '计划投产时间']),
      col('confidential', false, { type: 'bool' }, ['保密', '是否保密']),
      col('source', false, text(), SOURCE),
      col('as_of', false, { type: 'date' }, AS_OF),
      col('land_need_mu', false, num(), ['用地需求', '用地需求(亩)', '需求用地(亩)', '拟用地(亩)']),
      col('floor_space_need_sqm', false, num(), ['厂房需求', '厂房需求(平方米)', '空间需求(平方米)', '载体需求(平方米)']),
      col('parcel_id', false, ref('parcel'), PARCEL_REF),
      col('responsible_unit_id', false, ref('unit'), ['责任单位', '责任单位编号', '责任单位id']),
      col('responsible_person', false, text(), ['责任人', '项目责任人']),
      col('champion_official_id', false, ref('official'), ['包挂领导', '包挂领导编号', '顶格推进领导', '顶格推进']),
      col('key', false, { type: 'bool' }, ['重点项目', '是否重点项目', '重点']),
    ],
  },
  {
    name: 'funds',
    aliases: ['基金', '产业基金', 'fund'],
    key: ['id'],
    defines: 'fund',
    columns: [
      col('id', true, key(), ['编号', '基金编号', '基金id']),
      col('name', true, text(), ['名称', '基金名称']),
      col('size_yi', true, num(), ['规模', '规模(亿元)', '基金规模', '基金规模(亿元)']),
      col('manager', false, text(), ['管理人', '基金管理人', '管理机构']),
      col('kind', false, enumOf('fundKind'), ['类型', '基金类型']),
      col('region_code', false, ref('region'), REGION_REF),
    ],
  },
  {
    name: 'fund_focus',
    aliases: ['基金投向', '基金关注环节', 'fund_focuses'],
    key: ['fund_id', 'segment_id'],
    columns: [col('fund_id', true, ref('fund'), FUND_REF), col('segment_id', true, ref('segment'), SEGMENT_REF)],
  },
  {
    name: 'fund_investments',
    aliases: ['基金投资', '基金投资记录', 'fund_investment'],
    key: ['fund_id', 'enterprise_id', 'project_id'],
    optionalKey: ['enterprise_id', 'project_id'],
    columns: [
      col('fund_id', true, ref('fund'), FUND_REF),
      col('enterprise_id', false, ref('enterprise'), [...ENTERPRISE_REF, '被投企业']),
      col('project_id', false, ref('project'), [...PROJECT_REF, '被投项目']),
      col('amount_yi', false, num(), ['金额', '投资金额', '投资金额(亿元)', '金额(亿元)']),
      col('on', false, { type: 'date' }, ['投资日期', '日期']),
    ],
  },
  {
    name: 'platforms',
    aliases: ['平台', '创新平台', '科创平台', 'platform'],
    key: ['id'],
    defines: 'platform',
    columns: [
      col('id', true, key(), ['编号', '平台编号', '平台id']),
      col('name', true, text(), ['名称', '平台名称']),
      col('kind', false, enumOf('platformKind'), ['类型', '平台类型']),
      col('level', false, enumOf('platformLevel'), ['级别', '平台级别']),
      col('region_code', true, ref('region'), REGION_REF),
      col('host_enterprise_id', false, ref('enterprise'), ['依托单位', '依托企业', '承建单位']),
    ],
  },
  {
    name: 'platform_segments',
    aliases: ['平台环节', '平台服务环节', 'platform_segment'],
    key: ['platform_id', 'segment_id'],
    columns: [col('platform_id', true, ref('platform'), PLATFORM_REF), col('segment_id', true, ref('segment'), SEGMENT_REF)],
  },
  {
    name: 'enterprise_years',
    aliases: ['企业年度数据', '亩均数据', '企业年报数据', 'enterprise_year'],
    key: ['enterprise_id', 'year'],
    columns: [
      col('enterprise_id', true, ref('enterprise'), ENTERPRISE_REF),
      col('year', true, { type: 'year' }, ['年份', '年度']),
      col('output_wan', false, num(), ['产值', '产值(万元)', '工业总产值(万元)']),
      col('revenue_wan', false, num(), ['营收', '营业收入', '营业收入(万元)']),
      col('tax_wan', false, num(), ['税收', '税收(万元)', '实缴税金(万元)']),
      col('land_mu', false, num(), ['用地', '用地面积(亩)', '占地(亩)']),
      col('energy_tce', false, num(), ['能耗', '能耗(吨标煤)', '综合能耗(吨标准煤)']),
      col('employees', false, { type: 'int' }, ['从业人员', '员工数', '职工人数']),
      col('rd_staff', false, { type: 'int' }, ['研发人员', '研发人员数']),
    ],
  },
  {
    name: 'chain_chiefs',
    aliases: ['链长', '链长表', 'chain_chief'],
    key: ['chain_id', 'official_id'],
    columns: [col('chain_id', true, ref('chain'), CHAIN_REF), col('official_id', true, ref('official'), [...OFFICIAL_REF, '链长']), col('role', false, enumOf('chiefRole'), ['角色', '职责'])],
  },
  {
    name: 'chain_team',
    aliases: ['链组', '链组成员', '链组单位', 'chain_team_member'],
    key: ['chain_id', 'unit_id'],
    columns: [col('chain_id', true, ref('chain'), CHAIN_REF), col('unit_id', true, ref('unit'), UNIT_REF), col('role', false, enumOf('teamRole'), ['角色', '职责'])],
  },
  {
    name: 'policies',
    aliases: ['政策', '一链一策', 'policy'],
    key: ['id'],
    columns: [
      col('id', true, key(), ['编号', '政策编号', '政策id']),
      col('chain_id', true, ref('chain'), CHAIN_REF),
      col('title', true, text(), ['标题', '政策名称', '名称', '文件名称']),
      col('doc_number', false, text(), ['文号', '发文字号', '文件编号']),
      col('issued_on', false, { type: 'date' }, ['发布日期', '印发日期', '发文日期']),
      col('url', false, text(), ['链接', '网址', '原文链接']),
      col('summary', false, text(), ['摘要', '要点', '主要内容']),
    ],
  },
  {
    name: 'targets',
    aliases: ['目标', '年度目标', '目标任务', 'target'],
    key: ['chain_id', 'year', 'indicator'],
    columns: [
      col('chain_id', true, ref('chain'), CHAIN_REF),
      col('year', true, { type: 'year' }, ['年度', '年份']),
      col('indicator', true, text(), INDICATOR),
      col('value', true, { type: 'number' }, ['目标值', '数值', '目标']),
      col('unit', false, text(), ['计量单位', '单位']),
      col('kind', false, enumOf('indicatorKind'), ['类型', '指标类型']),
      col('name', false, text(), ['名称', '指标名称']),
    ],
  },
  {
    name: 'actuals',
    aliases: ['实际', '实际完成', '完成情况', 'actual'],
    key: ['chain_id', 'indicator', 'period'],
    columns: [
      col('chain_id', true, ref('chain'), CHAIN_REF),
      col('indicator', true, text(), INDICATOR),
      col('period', true, { type: 'period' }, ['期间', '统计期', '时期', '月份']),
      col('value', true, { type: 'number' }, ['实际值', '完成值', '数值']),
      col('source', false, text(), SOURCE),
    ],
  },
  {
    name: 'gap_tasks',
    aliases: ['补链任务', '缺链任务', '认领任务', 'gap_task'],
    key: ['id'],
    columns: [
      col('id', true, key(), ['编号', '任务编号', '任务id']),
      col('segment_id', true, ref('segment'), SEGMENT_REF),
      col('unit_id', true, ref('unit'), UNIT_REF),
      col('title', true, text(), ['任务', '任务名称', '标题']),
      col('owner', false, text(), ['负责人', '责任人']),
      col('due_on', false, { type: 'date' }, ['完成时限', '截止日期', '到期日期']),
      col('status', false, enumOf('taskStatus'), ['状态', '任务状态']),
      col('note', false, text(), ['备注', '说明']),
    ],
  },
  {
    name: 'milestones',
    aliases: ['节点', '时间节点', '里程碑', 'milestone'],
    key: ['id'],
    columns: [
      col('id', true, key(), ['编号', '节点编号', '节点id']),
      col('project_id', true, ref('project'), PROJECT_REF),
      col('name', true, text(), ['名称', '节点名称', '节点']),
      col('planned_on', true, { type: 'date' }, ['计划日期', '计划完成日期', '计划时间']),
      col('done_on', false, { type: 'date' }, ['完成日期', '实际完成日期', '实际日期']),
      col('kind', false, enumOf('milestoneKind'), ['类型', '节点类型']),
    ],
  },
];

export const TABLE_BY_NAME = new Map<TableName, TableSpec>(TABLES.map((t) => [t.name, t]));

export function tableSpec(name: TableName): TableSpec {
  return TABLE_BY_NAME.get(name)!;
}

/** Which table defines each reference kind. */
export const DEFINING_TABLE: Record<RefKind, TableName> = {
  region: 'regions',
  chain: 'chains',
  segment: 'segments',
  enterprise: 'enterprises',
  park: 'parks',
  parcel: 'parcels',
  project: 'projects',
  fund: 'funds',
  platform: 'platforms',
  unit: 'units',
  official: 'officials',
};

/**
 * Canonical form of a header, table name or English enum value: trimmed, full-width brackets and
 * spaces folded, a trailing required-marker `*` dropped, camelCase and spaces/hyphens turned into
 * snake_case, lower case. `Chain ID`, `chainId` and `chain-id*` all become `chain_id`.
 */
export function normalizeHeader(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/\u3000/g, ' ')
    .trim()
    .replace(/\s*[*＊]\s*$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[\s-]+/g, '_')
    .toLowerCase();
}

const tableLookup = new Map<string, TableName>();
for (const t of TABLES) {
  for (const alias of [t.name, ...t.aliases]) tableLookup.set(normalizeHeader(alias), t.name);
}

/** The table a sheet, file or JSON key names, or null when it names none. */
export function resolveTableName(raw: string): TableName | null {
  return tableLookup.get(normalizeHeader(raw)) ?? null;
}

const columnLookups = new Map<TableName, Map<string, ColumnSpec>>();
for (const t of TABLES) {
  const lookup = new Map<string, ColumnSpec>();
  for (const c of t.columns) {
    for (const alias of [c.name, ...c.aliases]) {
      const k = normalizeHeader(alias);
      if (lookup.has(k) && lookup.get(k) !== c) throw new Error(`ambiguous header alias ${alias} in ${t.name}`);
      lookup.set(k, c);
    }
  }
  columnLookups.set(t.name, lookup);
}

/** The column a header names in a table, or null when it names none. */
export function resolveColumn(table: TableName, header: string): ColumnSpec | null {
  return columnLookups.get(table)!.get(normalizeHeader(header)) ?? null;
}

const enumLookups = new Map<EnumName, Map<string, string>>();
for (const [name, values] of Object.entries(ENUMS) as Array<[EnumName, Record<string, string[]>]>) {
  const lookup = new Map<string, string>();
  for (const [value, aliases] of Object.entries(values)) {
    lookup.set(normalizeHeader(value), value);
    for (const alias of aliases) lookup.set(normalizeHeader(alias), value);
  }
  enumLookups.set(name, lookup);
}

/** The enum value a cell means (English case-insensitive, or a Chinese alias), or null. */
export function resolveEnum(name: EnumName, raw: string): string | null {
  return enumLookups.get(name)!.get(normalizeHeader(raw)) ?? null;
}
