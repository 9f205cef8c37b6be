// Semantic zoom: when full replica logs cannot be drawn legibly (too many replicas for the space),
// each broker shows one small cell per replica instead. Pure maths, tested without a browser.
import type { Rect } from './layout';

export type Zoom = 'logs' | 'cells';

/**
 * More replicas than this are never drawn as logs: each log is a dozen elements or more with
 * changing text, and beyond the lessons' sizes a teacher reads the cluster as a whole anyway.
 */
export const MAX_LOG_REPLICAS = 16;

/** Logs when every replica gets its row in the detailed layout and there are few enough of them. */
export function chooseZoom(totalReplicas: number, hiddenReplicas: number): Zoom {
  return totalReplicas <= MAX_LOG_REPLICAS && hiddenReplicas === 0 ? 'logs' : 'cells';
}

/**
 * Short codes for topics on cells ("o7" for orders-7): the shortest prefix that tells the topics
 * apart, or nothing when there is one topic (cells then show just the partition number).
 */
export function topicCodes(topics: string[]): Map<string, string> {
  const unique = [...new Set(topics)];
  if (unique.length <= 1) return new Map(unique.map((t) => [t, '']));
  for (let len = 1; len <= 4; len++) {
    const codes = unique.map((t) => t.slice(0, len));
    if (new Set(codes).size === unique.length) return new Map(unique.map((t, i) => [t, codes[i]]));
  }
  return new Map(unique.map((t, i) => [t, `t${i + 1}-`]));
}

export const CELL_GAP = 2;
/** Below this a cell's text is unreadable on a projector: cells this small that do not fit are hidden ("+N more"). */
export const MIN_CELL = { w: 25, h: 18 };

/** Type size for a cell's text: as large as its box allows, up to the diagram's small type. */
export function cellFontPx(text: string, w: number, h: number): number {
  return Math.max(9, Math.min(13, h * 0.7, (w - 4) / (text.length * 0.62)));
}
const MAX_CELL = { w: 60, h: 34 };

/** The cell size and columns that fit `n` cells in `area`, largest legible text first. */
export function cellGrid(n: number, area: { w: number; h: number }): { cols: number; rows: number; w: number; h: number } {
  if (n <= 0) return { cols: 0, rows: 0, w: MIN_CELL.w, h: MIN_CELL.h };
  let best = { cols: n, rows: 1, w: 0, h: 0, score: -1 };
  for (let cols = 1; cols <= n; cols++) {
    const rows = Math.ceil(n / cols);
    const w = Math.min(MAX_CELL.w, (area.w - (cols - 1) * CELL_GAP) / cols);
    const h = Math.min(MAX_CELL.h, (area.h - (rows - 1) * CELL_GAP) / rows);
    // A cell holds about three characters side by side: its text grows with the smaller of h and w/1.8.
    // Legible sizes first; among those the largest, else the least bad.
    const score = Math.min(h, w / 1.8) + (w >= MIN_CELL.w && h >= MIN_CELL.h ? 1000 : 0);
    if (score > best.score) best = { cols, rows, w, h, score };
  }
  return { cols: best.cols, rows: best.rows, w: Math.floor(best.w), h: Math.floor(best.h) };
}

export interface CellSlot extends Rect {
  topic: string;
  partition: number;
}

/** Cells for a broker's replicas inside `area`, row by row; those that do not fit legibly are left out. */
export function layoutCells(replicas: { topic: string; partition: number }[], area: Rect): CellSlot[] {
  const grid = cellGrid(replicas.length, area);
  const cols = grid.w >= MIN_CELL.w ? grid.cols : Math.max(1, Math.floor((area.w + CELL_GAP) / (MIN_CELL.w + CELL_GAP)));
  const w = Math.max(grid.w, Math.min(MIN_CELL.w, area.w));
  const h = Math.max(grid.h, MIN_CELL.h);
  const rowsFit = Math.max(0, Math.floor((area.h + CELL_GAP) / (h + CELL_GAP)));
  const shown = Math.min(replicas.length, rowsFit * cols);
  return replicas.slice(0, shown).map((r, i) => ({
    ...r,
    x: area.x + (i % cols) * (w + CELL_GAP),
    y: area.y + Math.floor(i / cols) * (h + CELL_GAP),
    w,
    h,
  }));
}
