// Where a big cluster's message (a dot and an arrow, at the 'cells' zoom) may sit on its link without
// covering words: a broker's name and state, its replica cells ("o7"), clients, group headers, the
// controller and the key (and, were logs drawn, a replica's name and the records its log draws). A message whose point
// on the link would cover some slides along its link to the nearest clear point; where the whole
// link is covered (rare: links that run along a row of headers) it takes the point that covers
// the least. Pure, tested.
import { type HeaderState, headerWordBoxes } from './brokerHeader';
import type { BrokerSlot, DiagramLayout, Point, Rect } from './layout';
import { CELL_GAP, LABEL_LINE, ROW_GAP } from './logLayout';

export const DOT_R = 4.5;
/** Half the arrow's shaft, either side of the dot. */
export const ARROW = 13;
/** The arrowhead (7 × the 2.5-unit stroke, refX 8 of 10) reaches this far past the shaft's end. */
const HEAD_TIP = 3.5;
/** Around the shaft: the arrowhead's half-width (8.75 at its base) and the dot, a little trimmed. */
const PAD = 7;
/** Samples along a link, in layout units apart. */
const STEP = 3;

/** Records each replica's log draws, keyed by `logKey`; a replica not in it counts as full. */
export type DrawnRecords = ReadonlyMap<string, number>;
export const logKey = (broker: number, topic: string, partition: number) => `${broker}/${topic}/${partition}`;

/**
 * A replica's name, role, HW and LEO, and the records its log draws (with the HW and LEO marks
 * that stick out of them). The empty rest of its grid is free: a record's label may pass there.
 */
export function replicaObstacles(broker: BrokerSlot, drawn?: DrawnRecords): Rect[] {
  return broker.replicas.flatMap((r) => {
    const label = r.labelBeside
      ? { x: r.x, y: r.y, w: r.cellsX - r.x, h: Math.min(r.h, r.labelLines * LABEL_LINE + 8) }
      : { x: r.x, y: r.y, w: r.w, h: r.cellsY - r.y };
    const n = Math.min(r.maxCells, drawn?.get(logKey(broker.id, r.topic, r.partition)) ?? r.maxCells);
    if (n <= 0) return [label];
    const rows = Math.ceil(n / r.cols);
    const cols = Math.min(n, r.cols);
    const records = { x: r.cellsX - CELL_GAP, y: r.cellsY - ROW_GAP / 2, w: cols * (r.cellW + CELL_GAP) + CELL_GAP, h: rows * (r.cellH + ROW_GAP) };
    return [label, records];
  });
}

/** The word "empty" in a log with no records: 12.5 px type from 4 units in, on the cells' middle line (ReplicaLog). */
const EMPTY_WORD = { dx: 4, w: 34, h: 13 };

/** The word "empty" of each replica whose log draws no record (none without `drawn`: logs count as full). */
export function emptyLogWords(broker: BrokerSlot, drawn?: DrawnRecords): Rect[] {
  if (!drawn) return [];
  return broker.replicas
    .filter((r) => (drawn.get(logKey(broker.id, r.topic, r.partition)) ?? r.maxCells) <= 0)
    .map((r) => ({ x: r.cellsX + EMPTY_WORD.dx, y: r.cellsY + r.cellH / 2 - EMPTY_WORD.h / 2, w: EMPTY_WORD.w, h: EMPTY_WORD.h }));
}

/** A node and the boxes of words inside it: a part is tested only when its node is touched. */
export interface ObstacleGroup {
  box: Rect;
  parts: Rect[];
}

export const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** The box a message's dot, shaft and arrowhead cover at `at`, travelling along `dir` (a unit vector). */
export function messageFootprint(at: Point, dir: Point): Rect {
  const ax = at.x - dir.x * ARROW;
  const ay = at.y - dir.y * ARROW;
  const bx = at.x + dir.x * (ARROW + HEAD_TIP);
  const by = at.y + dir.y * (ARROW + HEAD_TIP);
  return { x: Math.min(ax, bx) - PAD, y: Math.min(ay, by) - PAD, w: Math.abs(bx - ax) + 2 * PAD, h: Math.abs(by - ay) + 2 * PAD };
}

/** Each broker's header state, for the width of its words; a broker not in it is up, not the controller. */
export type HeaderStates = ReadonlyMap<number, HeaderState>;

/** Every box of words a message's dot and arrow must not cover, grouped by the node that holds them. */
export function textObstacles(layout: DiagramLayout, drawn?: DrawnRecords, headers?: HeaderStates): ObstacleGroup[] {
  const headerWords = (b: BrokerSlot) => headerWordBoxes(b, headers?.get(b.id) ?? { id: b.id, down: false, isolated: false, controller: false });
  const whole = (r: Rect): ObstacleGroup => ({ box: r, parts: [r] });
  const brokers = layout.brokers.map((b) => {
    const more = b.hiddenReplicas > 0 ? [{ x: b.x, y: b.y + b.h - 20, w: b.w, h: 18 }] : [];
    return { box: b, parts: [...headerWords(b), ...b.cells, ...replicaObstacles(b, drawn), ...more] };
  });
  const groups = layout.groups.map((g) => ({ box: g, parts: [{ x: g.x, y: g.y, w: g.w, h: g.headerH }, ...g.consumers] }));
  const zookeeper = layout.zookeeper.map((z) => whole({ x: z.x - z.r, y: z.y - z.r, w: 2 * z.r, h: 2 * z.r }));
  const legend = layout.legend ? [whole(layout.legend.left), whole(layout.legend.right)] : [];
  return [...brokers, ...groups, ...layout.producers.map(whole), whole(layout.controller), ...zookeeper, ...legend];
}

/** How much of `box` lies on words, or outside the drawing (0: clear). */
export function coveredArea(box: Rect, obstacles: readonly ObstacleGroup[], bounds: { width: number; height: number }): number {
  // Computed in place: this runs for every message on every redraw, and a rect a call is garbage.
  const insideW = Math.min(box.x + box.w, bounds.width) - Math.max(box.x, 0);
  const insideH = Math.min(box.y + box.h, bounds.height) - Math.max(box.y, 0);
  let covered = box.w * box.h - (insideW > 0 && insideH > 0 ? insideW * insideH : 0);
  for (const g of obstacles) {
    if (!overlaps(g.box, box)) continue;
    for (const p of g.parts) covered += overlapArea(p, box);
  }
  return covered;
}

/** Beside the link, either way: a message drawn this little off its line still reads as on it. */
const SIDE_STEPS = [0, 6, -6, 12, -12];

/** Searches already made, by the word boxes they were made among: a big cluster's words change rarely, its messages every frame. */
const searches = new WeakMap<readonly ObstacleGroup[], Map<string, Point>>();
/** Bounds the remembered searches of one set of words (a link's worth of points times a few hundred links). */
const MAX_SEARCHES = 50_000;

/**
 * The point nearest to the link's point at fraction `t` where the message covers no words: along
 * the link, or a little beside it (a step aside costs as much as two along); failing that, the
 * one where it covers the least. `obstacles` kept from call to call lets searches be remembered.
 */
export function clearPointOnLink(from: Point, to: Point, t: number, obstacles: readonly ObstacleGroup[], bounds: { width: number; height: number }): Point {
  const len = Math.hypot(to.x - from.x, to.y - from.y);
  const dir = len > 0 ? { x: (to.x - from.x) / len, y: (to.y - from.y) / len } : { x: 1, y: 0 };
  const exact = { x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t };
  if (coveredArea(messageFootprint(exact, dir), obstacles, bounds) === 0) return exact;
  // Searched from the nearest sample point, so a search serves every message near it.
  const index = Math.round((t * len) / STEP);
  const key = `${from.x},${from.y},${to.x},${to.y},${index}`;
  let done = searches.get(obstacles);
  const known = done?.get(key);
  if (known) return known;
  const found = searchLink(from, dir, len, Math.min(len, index * STEP), obstacles, bounds);
  if (!done || done.size > MAX_SEARCHES) {
    done = new Map();
    searches.set(obstacles, done);
  }
  done.set(key, found);
  return found;
}

/**
 * The search behind clearPointOnLink: the link's sample points and the steps beside them, taken
 * in order of cost (distance along the link from `startAlong`, plus twice the step aside; ties in
 * the order along the link, then SIDE_STEPS). Walked outwards from `startAlong` without making a
 * list of candidates: it stops once no point left can cost less than the clear one found.
 */
export function searchLink(from: Point, dir: Point, len: number, startAlong: number, obstacles: readonly ObstacleGroup[], bounds: { width: number; height: number }): Point {
  const last = lastSample(len);
  let clear: Candidate | null = null;
  let least: Candidate | null = null;
  let lo = Math.min(last, Math.floor(startAlong / STEP));
  let hi = lo + 1;
  for (;;) {
    const dLo = lo >= 0 ? Math.abs(lo * STEP - startAlong) : Number.POSITIVE_INFINITY;
    const dHi = hi <= last ? Math.abs(hi * STEP - startAlong) : Number.POSITIVE_INFINITY;
    const d = Math.min(dLo, dHi);
    if (d === Number.POSITIVE_INFINITY || d > (clear?.cost ?? Number.POSITIVE_INFINITY)) break;
    const k = dLo <= dHi ? lo-- : hi++;
    const along = k * STEP;
    for (let s = 0; s < SIDE_STEPS.length; s++) {
      const side = SIDE_STEPS[s];
      const cost = d + 2 * Math.abs(side);
      const rank = k * SIDE_STEPS.length + s;
      if (clear && !earlier(cost, rank, clear)) continue;
      const cover = coveredArea(messageFootprint(pointOn(from, dir, along, side), dir), obstacles, bounds);
      if (cover === 0) clear = { along, side, cost, rank, cover };
      else if (!least || cover < least.cover || (cover === least.cover && earlier(cost, rank, least))) least = { along, side, cost, rank, cover };
    }
  }
  // Every link has its first sample point, so a search that found no clear point found a least one.
  const pick = clear ?? (least as Candidate);
  return pointOn(from, dir, pick.along, pick.side);
}

/** A point searched: along the link and aside, its cost, its place in the sorted order, the words it covers. */
interface Candidate {
  along: number;
  side: number;
  cost: number;
  rank: number;
  cover: number;
}

/** Whether a point of this cost and rank comes before `c` in the search's order. */
const earlier = (cost: number, rank: number, c: Candidate) => cost < c.cost || (cost === c.cost && rank < c.rank);

/** The point `along` the link from `from` and `side` to its left. */
const pointOn = (from: Point, dir: Point, along: number, side: number): Point => ({ x: from.x + dir.x * along - dir.y * side, y: from.y + dir.y * along + dir.x * side });

/** The index of the link's last sample point (0, STEP, 2 × STEP, … up to its length). */
function lastSample(len: number): number {
  // The division may round up past a sample the link does not reach: step back then.
  const k = Math.max(0, Math.floor(len / STEP));
  return k * STEP > len ? k - 1 : k;
}
