/**
 * A small 新型显示 chain for the browser tests: one segment of each status, 断链 and 补链中,
 * a 链主 with a supplier elsewhere (so a target scores "供应 … (链主) +3"), and an enterprise
 * whose name starts with "=" (to check that spreadsheet exports neutralise it).
 *
 *   原材料 (UPSTREAM) > 玻璃基板 (MISSING), 偏光片 (MISSING, a project 在谈 → 补链中)
 *   面板 (MIDSTREAM, WEAK: 1 local)      模组 (MIDSTREAM, STRONG: 3 local)
 *   智能手机 (DOWNSTREAM, MISSING)
 *   flows 玻璃基板 → 面板 (断链), 偏光片 → 模组 (断链), 面板 → 模组, 模组 → 智能手机
 */
import { homeRegions } from '../fixtures/home-regions.js';

export const displayFixture = {
  regions: homeRegions({ code: '320000', name: '江苏省', level: 'PROVINCE', parent_code: 'CN' }),
  chains: [{ id: 'display', name: '新型显示', name_en: 'New display', description: '芯屏产业链' }],
  segments: [
    { id: 'display-materials', chain_id: 'display', name: '原材料', name_en: 'Materials', stage: 'UPSTREAM', order: 1 },
    { id: 'display-glass', chain_id: 'display', name: '玻璃基板', name_en: 'Glass substrate', stage: 'UPSTREAM', parent_id: 'display-materials', order: 1 },
    { id: 'display-polarizer', chain_id: 'display', name: '偏光片', name_en: 'Polarizer', stage: 'UPSTREAM', parent_id: 'display-materials', order: 2 },
    { id: 'display-panel', chain_id: 'display', name: '面板', name_en: 'Panel', stage: 'MIDSTREAM', order: 1 },
    { id: 'display-module', chain_id: 'display', name: '模组', name_en: 'Module', stage: 'MIDSTREAM', order: 2 },
    { id: 'display-phone', chain_id: 'display', name: '智能手机', name_en: 'Smartphone', stage: 'DOWNSTREAM', order: 1 },
  ],
  flows: [
    { from_segment_id: 'display-glass', to_segment_id: 'display-panel' },
    { from_segment_id: 'display-polarizer', to_segment_id: 'display-module' },
    { from_segment_id: 'display-panel', to_segment_id: 'display-module' },
    { from_segment_id: 'display-module', to_segment_id: 'display-phone' },
  ],
  enterprises: [
    { id: 'boe-qd', name: '青岛京东方光电科技有限公司', name_en: 'BOE Qingdao', region_code: 'QDEDZ', scale: 'LARGE', listed: 'false' },
    { id: 'qd-module-2', name: '青岛显示模组二厂', region_code: 'QDEDZ', scale: 'MEDIUM' },
    { id: 'qd-module-3', name: '青岛显示模组三厂', region_code: 'QDEDZ', scale: 'SMALL' },
    { id: 'corning', name: '康宁显示科技有限公司', name_en: 'Corning Display', region_code: '110000', scale: 'LARGE', listed: 'true' },
    { id: 'evil', name: '=1+2 恶意命名公司', region_code: '110000', scale: 'SMALL' },
    { id: 'sz-polar', name: '苏州偏光材料有限公司', region_code: '320000', scale: 'MEDIUM' },
    { id: 'phone-bj', name: '北京智能终端有限公司', region_code: '110000', scale: 'LARGE', listed: 'true' },
  ],
  enterprise_segments: [
    { enterprise_id: 'boe-qd', segment_id: 'display-panel', evidence: 'CONFIRMED', source: '企业年报' },
    { enterprise_id: 'boe-qd', segment_id: 'display-module', evidence: 'CONFIRMED', source: '企业年报' },
    { enterprise_id: 'qd-module-2', segment_id: 'display-module' },
    { enterprise_id: 'qd-module-3', segment_id: 'display-module' },
    { enterprise_id: 'corning', segment_id: 'display-glass', evidence: 'CONFIRMED', source: '公开报道' },
    { enterprise_id: 'evil', segment_id: 'display-glass' },
    { enterprise_id: 'sz-polar', segment_id: 'display-polarizer' },
    { enterprise_id: 'phone-bj', segment_id: 'display-phone' },
  ],
  chain_masters: [{ enterprise_id: 'boe-qd', chain_id: 'display' }],
  supplies: [{ supplier_id: 'corning', customer_id: 'boe-qd', products: '玻璃基板', evidence: 'CONFIRMED', source: '公开报道' }],
  projects: [{ id: 'proj-polar', name: '偏光片项目', region_code: 'QDEDZ', stage: 'NEGOTIATING', enterprise_id: 'sz-polar', segment_id: 'display-polarizer', investment_yi: '5' }],
};
