// Which learning-mode tabs fit the side panel's one row: nine modes never fit a laptop's panel
// (~370 px) at a readable size, so the row shows the first ones that fit, always with the open one,
// and a "More learning modes" select offers the rest. Pure maths, tested without a browser.

export interface TabsFit {
  /** Indexes of the tabs drawn in the row, in their own order. */
  shown: number[];
  /** Indexes offered by the "More" select, in their own order (empty: no select). */
  overflow: number[];
}

/**
 * @param widths each tab's natural width, in px
 * @param available the row's width
 * @param selected the open tab's index (always shown)
 * @param moreW the "More" select's width, and `gap` the space between items
 */
export function fitTabs(widths: readonly number[], available: number, selected: number, moreW: number, gap: number): TabsFit {
  const all = widths.map((_, i) => i);
  const total = widths.reduce((sum, w) => sum + w, 0) + Math.max(0, widths.length - 1) * gap;
  if (total <= available) return { shown: all, overflow: [] };
  // Room for the tabs beside the select, the open tab's own place taken first.
  let used = moreW + (widths[selected] ?? 0) + gap;
  const shown = new Set([selected]);
  for (const i of all) {
    if (i === selected) continue;
    if (used + gap + widths[i] > available) break;
    used += gap + widths[i];
    shown.add(i);
  }
  return { shown: all.filter((i) => shown.has(i)), overflow: all.filter((i) => !shown.has(i)) };
}
