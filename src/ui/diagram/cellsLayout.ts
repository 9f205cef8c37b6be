// Where the brokers of a big cluster go at the 'cells' zoom: one small cell per replica. Every
// broker gets the same cell size and type, so brokers compare at a glance, and the boxes are
// arranged in whichever grid gives that type the largest size in the area's aspect ratio.
import type { BrokerSlot, Point, Rect } from './layout';
import { CELL_GAP, type CellSlot, cellFontPx, MAX_CELL_FONT_PX, MIN_CELL, MIN_CELL_FONT_PX, minCellWidth } from './zoom';

export const CELL_BROKER_HEADER = 20;
export const CELL_BROKER_GAP = 6;
/** Room under the cells for "+N more replicas" when some are left out (never over a cell). */
export const MORE_LINE_H = 15;
const CELL_PAD = 4;
/** A broker box narrower than this cannot show "Broker N" and its state's mark. */
const MIN_CELL_BROKER_W = 104;
/** From this width a header says its state in words, "⚡ ISOLATED" the longest (BrokerNode). */
export const WORDS_HEADER_W = 172;
/** Wide headers win over larger cell type, as long as the type stays this size. */
const WORDS_MIN_FONT_PX = 11;
const MAX_CELL = { w: 64, h: 34 };
/** Below this size the leader's star gives way to a larger partition number. */
const STAR_MIN_FONT_PX = 12;

export interface CellGrid {
  cols: number;
  /** Rows of cells that fit the area (all of them, unless some are left out). */
  rows: number;
  w: number;
  h: number;
  fontPx: number;
  /** Leaders show a star before their label (they are filled and square-cornered either way). */
  star: boolean;
}

/** Cell sizes in half pixels: crisp enough, and a whole pixel can cost a row of cells its legibility. */
const half = (px: number) => Math.floor(px * 2) / 2;

function gridFor(n: number, cols: number, area: { w: number; h: number }, chars: number): CellGrid {
  const rows = Math.max(1, Math.ceil(n / cols));
  const w = half(Math.min(MAX_CELL.w, (area.w - (cols - 1) * CELL_GAP) / cols));
  const h = half(Math.min(MAX_CELL.h, (area.h - (rows - 1) * CELL_GAP) / rows));
  const plain = cellFontPx(chars, w, h);
  const starred = cellFontPx(chars + 1, w, h);
  const star = starred >= Math.min(STAR_MIN_FONT_PX, plain);
  return { cols, rows, w, h, fontPx: star ? starred : plain, star };
}

const legible = (g: CellGrid) => g.w >= MIN_CELL.w && g.h >= MIN_CELL.h && g.fontPx >= MIN_CELL_FONT_PX - 0.01;
/** Larger type first, then the star, then larger cells. */
const score = (g: CellGrid) => (legible(g) ? 1000 : 0) + Math.round(g.fontPx * 4) * 10 + (g.star ? 5 : 0) + Math.min(g.w * g.h, 2000) / 1000;

/**
 * Columns and cell size for `n` cells of up to `chars` characters in `area`: the largest legible
 * type. When even the smallest legible cells cannot hold all `n`, as many as fit above a line
 * kept free for "+N more".
 */
export function cellGrid(n: number, area: { w: number; h: number }, chars: number): CellGrid {
  let best: CellGrid | null = null;
  for (let cols = 1; cols <= Math.max(1, n); cols++) {
    const g = gridFor(n, cols, area, chars);
    if (!best || score(g) > score(best)) best = g;
  }
  if (best && legible(best)) return best;
  const minW = minCellWidth(chars);
  const cols = Math.max(0, Math.floor((area.w + CELL_GAP) / (minW + CELL_GAP)));
  const rows = cols > 0 ? Math.max(0, Math.floor((area.h - MORE_LINE_H + CELL_GAP) / (MIN_CELL.h + CELL_GAP))) : 0;
  const w = cols > 0 ? half(Math.min(MAX_CELL.w, (area.w - (cols - 1) * CELL_GAP) / cols)) : minW;
  const h = MIN_CELL.h;
  const plain = cellFontPx(chars, w, h);
  return { cols, rows, w, h, fontPx: plain, star: cellFontPx(chars + 1, w, h) >= Math.min(STAR_MIN_FONT_PX, plain) };
}

/** The part of a broker box its cells may use: below the header, inside the border. */
export function cellArea(box: Rect): Rect {
  return { x: box.x + CELL_PAD, y: box.y + CELL_BROKER_HEADER, w: box.w - 2 * CELL_PAD, h: box.h - CELL_BROKER_HEADER - CELL_PAD };
}

/** Cells for a broker's replicas, row by row in `grid`; those past its rows are left out. */
export function layoutCells(replicas: { topic: string; partition: number }[], area: Rect, grid: CellGrid): CellSlot[] {
  const shown = Math.min(replicas.length, grid.rows * grid.cols);
  return replicas.slice(0, shown).map((r, i) => ({
    ...r,
    x: area.x + (i % grid.cols) * (grid.w + CELL_GAP),
    y: area.y + Math.floor(i / grid.cols) * (grid.h + CELL_GAP),
    w: grid.w,
    h: grid.h,
  }));
}

/** Lexicographic: the first entry that differs decides. */
function beats(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] > b[i];
  return false;
}

/** Rows and columns of broker boxes whose shared cell grid has the largest type. */
export function cellBrokerGrid(n: number, area: { w: number; h: number }, perBox: number, chars: number): { cols: number; rows: number; grid: CellGrid } {
  // Boxes wide enough for their name first, then showing every replica (or the most), then
  // headers that say the state in words, then the type size.
  const rank = (g: CellGrid, boxW: number) => [
    boxW >= MIN_CELL_BROKER_W ? 1 : 0,
    Math.min(perBox, g.rows * g.cols),
    boxW >= WORDS_HEADER_W && g.fontPx >= WORDS_MIN_FONT_PX ? 1 : 0,
    score(g),
  ];
  let best: { cols: number; rows: number; grid: CellGrid; rank: number[] } | null = null;
  for (let rows = 1; rows <= Math.max(1, n); rows++) {
    const cols = Math.max(1, Math.ceil(n / rows));
    if (n > 0 && Math.ceil(n / cols) !== rows) continue;
    const box = { x: 0, y: 0, w: (area.w - (cols - 1) * CELL_BROKER_GAP) / cols, h: (area.h - (rows - 1) * CELL_BROKER_GAP) / rows };
    const grid = cellGrid(perBox, cellArea(box), chars);
    const r = rank(grid, box.w);
    if (!best || beats(r, best.rank)) best = { cols, rows, grid, rank: r };
  }
  return best ?? { cols: 1, rows: 1, grid: cellGrid(0, area, chars) };
}

/**
 * Every broker of a big cluster as a box of cells inside `area`; messages leave and arrive at each
 * box's top edge. Returns the boxes and the type size and star rule every cell shares.
 */
export function layoutCellBrokers(
  brokers: number[],
  replicas: Map<number, { topic: string; partition: number }[]>,
  area: Rect,
  chars: number,
  anchors: Record<string, Point>,
): { brokers: BrokerSlot[]; fontPx: number; star: boolean } {
  const perBox = Math.max(0, ...brokers.map((id) => replicas.get(id)?.length ?? 0));
  const { cols, rows, grid } = cellBrokerGrid(brokers.length, area, perBox, chars);
  const boxW = (area.w - (cols - 1) * CELL_BROKER_GAP) / cols;
  const boxH = (area.h - (rows - 1) * CELL_BROKER_GAP) / rows;
  const slots = brokers.map((id, i) => {
    const box = { x: area.x + (i % cols) * (boxW + CELL_BROKER_GAP), y: area.y + Math.floor(i / cols) * (boxH + CELL_BROKER_GAP), w: boxW, h: boxH };
    anchors[`broker-${id}`] = { x: box.x + box.w / 2, y: box.y };
    const list = replicas.get(id) ?? [];
    const cells = layoutCells(list, cellArea(box), grid);
    return { id, ...box, headerH: CELL_BROKER_HEADER, replicas: [], cells, hiddenReplicas: list.length - cells.length };
  });
  return { brokers: slots, fontPx: Math.min(MAX_CELL_FONT_PX, grid.fontPx), star: grid.star };
}

/** The longest cell label, in characters, without the star: topic code and partition number. */
export function cellLabelChars(codes: Map<string, string>, replicas: Iterable<{ topic: string; partition: number }[]>): number {
  let chars = 1;
  for (const list of replicas) for (const r of list) chars = Math.max(chars, (codes.get(r.topic) ?? '').length + String(r.partition).length);
  return chars;
}
