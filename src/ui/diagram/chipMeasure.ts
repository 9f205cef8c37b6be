// The chips' words measured in the page's own font (a canvas), so a narrow chip keeps every part
// that really fits; where there is no canvas (jsdom in tests) the estimate stands in.
import { estimateWidth, type Measure } from './chipText';

const cache = new Map<string, number>();
let ctx: CanvasRenderingContext2D | null | undefined;

function context(): CanvasRenderingContext2D | null {
  if (typeof document === 'undefined' || /jsdom/i.test(navigator.userAgent)) return null;
  const c = document.createElement('canvas').getContext('2d');
  // The chips' type (diagram.css .dg-chip-text) in the page's font.
  if (c) c.font = `600 12.5px ${getComputedStyle(document.body).fontFamily}`;
  return c;
}

export const measureChipText: Measure = (text) => {
  ctx ??= context();
  if (!ctx) return estimateWidth(text);
  let w = cache.get(text);
  if (w === undefined) {
    // Lags and polls change all the time: the cache is a bound, not a history.
    if (cache.size > 2000) cache.clear();
    // A little slack for the SVG's own rounding and kerning.
    w = ctx.measureText(text).width * 1.03 + 1;
    cache.set(text, w);
  }
  return w;
};
