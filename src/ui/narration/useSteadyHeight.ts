// The narration grows with its text, and a diagram beside it is laid out again whenever it does.
// Stepped through, a panel that grew and shrank with each step's text moved the whole diagram up and
// down every few steps (at 1920×1080, 9 changes in 60 steps of the first-visit scenario). So the
// panel keeps the tallest height it has needed until `resetKey` changes (a new scenario or lesson,
// or the other view): the diagram settles after the first long steps. A rare step longer than six
// lines still gets its room while it is shown, but is not remembered: one long step would otherwise
// leave the diagram small for the rest of the run.
import { type RefObject, useLayoutEffect, useRef } from 'react';

/** Lines the remembered height covers at most (of the panel's own type, 1.35 em a line). */
const REMEMBERED_LINES = 6;

/** The tallest height worth remembering: six lines, or the panel's max-height when that is less. */
function rememberedMaxPx(el: HTMLElement): number {
  const style = getComputedStyle(el);
  const max = Number.parseFloat(style.maxHeight);
  const lines = REMEMBERED_LINES * 1.35 * Number.parseFloat(style.fontSize);
  return Number.isFinite(max) ? Math.min(max, lines) : lines;
}

/**
 * Keeps `ref`'s element at least as tall as it has been since `resetKey` changed, while `active`;
 * when not active (a fixed height applies) it leaves the element's height to its CSS.
 */
export function useSteadyHeight(ref: RefObject<HTMLElement | null>, active: boolean, resetKey: string, content: unknown): void {
  const tallest = useRef({ key: resetKey, px: 0 });
  // biome-ignore lint/correctness/useExhaustiveDependencies: measured again whenever the text (`content`) changes
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (tallest.current.key !== resetKey) tallest.current = { key: resetKey, px: 0 };
    // Without a floor of ours: inactive, the CSS alone; active, measured for the height the text needs now.
    el.style.removeProperty('min-height');
    if (!active) return;
    const px = Math.min(el.getBoundingClientRect().height, rememberedMaxPx(el));
    if (px > tallest.current.px) tallest.current.px = px;
    el.style.minHeight = `${tallest.current.px}px`;
  }, [ref, active, resetKey, content]);
}
