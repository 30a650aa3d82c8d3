export * from './types.js';
export { layoutChain, directEnterprises, METRICS, LINE_HEIGHT } from './layout.js';
export { buildElements, segmentLook, flowId, markerId } from './elements.js';
export { stylesheet, MIN_ZOOMED_FONT_SIZE } from './stylesheet.js';
export { buildScene, modeName, type Scene, type SceneItem, type ExportMeta } from './scene.js';
export { exportSvg, sceneToSvg } from './export-svg.js';
export { wrapText, textWidth } from './text.js';
