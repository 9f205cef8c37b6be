// What the current step did, drawn on the component: the one that acted gets a thick solid
// outline, whatever changed a dashed one; both carry a small star in their corner, so the mark is
// a shape, not a colour. The outline pulses once, unless the user asked for reduced motion (the
// CSS turns the pulse off there). For screen readers: aria-current="step" on the acting element
// and "changed in this step" in the description of what changed (storyAttrs).
import type { Rect } from './layout';

export interface StoryFlags {
  acting?: boolean;
  changed?: boolean;
}

/** ARIA for a diagram element the step acted on or changed. */
export function storyAttrs({ acting = false, changed = false }: StoryFlags): Record<string, string> {
  const attrs: Record<string, string> = {};
  if (acting) attrs['aria-current'] = 'step';
  if (changed) attrs['aria-description'] = 'changed in this step';
  return attrs;
}

/** A five-pointed star of radius r centred on (cx, cy). */
function starPath(cx: number, cy: number, r: number): string {
  const points: string[] = [];
  for (let i = 0; i < 10; i++) {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const rr = i % 2 === 0 ? r : r * 0.45;
    points.push(`${(cx + rr * Math.cos(a)).toFixed(1)},${(cy + rr * Math.sin(a)).toFixed(1)}`);
  }
  return `M${points.join('L')}Z`;
}

export function StoryMark({ rect, acting = false, changed = false, rx = 6 }: StoryFlags & { rect: Rect; rx?: number }) {
  if (!acting && !changed) return null;
  const pad = 3;
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: decoration; nothing in it is focusable
    <g className={`dg-story${acting ? ' is-acting' : ''}${changed ? ' is-changed' : ''}`} aria-hidden="true">
      <rect className="dg-story-outline" x={rect.x - pad} y={rect.y - pad} width={rect.w + 2 * pad} height={rect.h + 2 * pad} rx={rx + pad} />
      <path className="dg-story-star" d={starPath(rect.x - pad + 1, rect.y - pad + 1, 7)} />
    </g>
  );
}
