import { FONT_STACK } from './palette.js';
import type { SceneItem } from './scene.js';

/** Fills the current path, and outlines it when the shape has a stroke. */
function fillAndStroke(ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D, it: { fill: string; stroke?: string; strokeWidth?: number }) {
  ctx.fillStyle = it.fill;
  ctx.fill();
  if (it.stroke) {
    ctx.strokeStyle = it.stroke;
    ctx.lineWidth = it.strokeWidth ?? 1;
    ctx.stroke();
  }
}

/** Draws one scene item on a 2D canvas (PNG exports, and the overview a big map paints first). */
export function drawItem(ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D, it: SceneItem) {
  switch (it.t) {
    case 'rect':
      ctx.beginPath();
      ctx.roundRect(it.x, it.y, it.w, it.h, it.r);
      fillAndStroke(ctx, it);
      break;
    case 'line':
      ctx.beginPath();
      ctx.moveTo(it.x1, it.y1);
      ctx.lineTo(it.x2, it.y2);
      ctx.strokeStyle = it.stroke;
      ctx.lineWidth = it.width;
      ctx.stroke();
      break;
    case 'poly':
      ctx.beginPath();
      it.points.forEach(([x, y], i) => (i ? ctx.lineTo(x, y) : ctx.moveTo(x, y)));
      ctx.closePath();
      ctx.fillStyle = it.fill;
      ctx.fill();
      break;
    case 'circle':
      ctx.beginPath();
      ctx.arc(it.cx, it.cy, it.r, 0, Math.PI * 2);
      fillAndStroke(ctx, it);
      break;
    case 'text':
      ctx.font = `${it.bold ? 'bold ' : ''}${it.size}px ${FONT_STACK}`;
      ctx.fillStyle = it.fill;
      ctx.textAlign = it.anchor === 'middle' ? 'center' : it.anchor === 'end' ? 'right' : 'left';
      ctx.textBaseline = 'alphabetic';
      ctx.fillText(it.text, it.x, it.y);
      break;
  }
}
