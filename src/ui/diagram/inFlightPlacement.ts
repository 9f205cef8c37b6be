// Where each message on the wire is drawn: its point on the link (by simulated time), the way it
// travels (an arrow from sender to receiver), and its label, the record it carries in words. Labels
// are placed greedily so that none overlaps another, a broker's header (its name and state) or a
// replica's name and drawn records: a label tries beside its own point first, then steps further
// aside; one that fits nowhere is drawn as a dot (its words stay in its title). An empty log's
// word "empty" is kept clear too where the label has room elsewhere, if need be slid along its
// link. Messages with the same words travelling together (a crashed broker's "ConnectionClosed" to
// each client) share one label, "ConnectionClosed ×3", instead of a stack of them.
import type { InFlightView } from '../../engine/view.types';
import { clearPointOnLink, type DrawnRecords, emptyLogWords, type ObstacleGroup, replicaObstacles, textObstacles } from './inFlightClearance';
import { type DiagramLayout, inFlightFraction, inFlightPosition, type Point, type Rect } from './layout';

export { type DrawnRecords, logKey, replicaObstacles } from './inFlightClearance';

/** Messages ride the middle 70% of a link, clear of the nodes' labels. */
export const MESSAGE_INSET = 0.15;
export const LABEL_H = 22;
const CHAR_W = 7.2;
const LABEL_PAD = 14;
/** Longest label drawn; longer record words are cut (the title keeps them whole). */
export const MAX_LABEL_CHARS = 30;

export interface PlacedMessage {
  m: InFlightView;
  /** The message's point on its link. */
  at: Point;
  /** Unit vector from sender to receiver. */
  dir: Point;
  /** The label's box (centre x, y); null when it fits nowhere: a dot at `at`. */
  label: (Rect & { text: string }) | null;
}

export function shortKind(kind: string): string {
  return kind.replace(/Request$/, '').replace(/Response$/, ' ✓');
}

/** "Produce 'Hello Kafka'", "Fetch ✓ 'order-3'", "Produce ✓ ack offset 3"; a follower's fetch is a pull. */
export function messageText(m: InFlightView): string {
  const pull = m.kind === 'FetchRequest' && m.from.startsWith('broker-') ? 'Fetch (pull)' : shortKind(m.kind);
  const text = m.carries ? `${pull} ${m.carries}` : pull;
  return text.length > MAX_LABEL_CHARS ? `${text.slice(0, MAX_LABEL_CHARS - 1)}…` : text;
}

export function labelWidth(text: string): number {
  return Math.max(40, Math.round(text.length * CHAR_W + LABEL_PAD));
}

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** Two messages this close (units) with the same words share one label, whatever their links. */
const STACK_DISTANCE = 2 * LABEL_H;

/**
 * Names, states and logs no label may cover: broker headers, replicas' names and drawn records,
 * clients, group headers, the controller.
 */
export function labelObstacles(layout: DiagramLayout, drawn?: DrawnRecords): Rect[] {
  return [
    ...layout.brokers.flatMap((b) => [{ x: b.x, y: b.y, w: b.w, h: b.headerH }, ...replicaObstacles(b, drawn)]),
    ...layout.producers,
    ...layout.groups.flatMap((g) => [{ x: g.x, y: g.y, w: g.w, h: g.headerH }, ...g.consumers]),
    layout.controller,
  ];
}

interface Stackable {
  text: string;
  at: Point;
  m: Pick<InFlightView, 'from' | 'to'>;
}

/** Same words, and from or to the same node (a fan-out or fan-in) or drawn nearly on top of each other. */
function sameStack(a: Stackable, b: Stackable): boolean {
  if (a.text !== b.text) return false;
  return a.m.from === b.m.from || a.m.to === b.m.to || Math.hypot(a.at.x - b.at.x, a.at.y - b.at.y) <= STACK_DISTANCE;
}

/** Gives each message the index of the message whose label it shares (its own when it leads), and each leader its count. */
export function stackLabels(items: readonly Stackable[]): { leader: number[]; count: number[] } {
  const leader: number[] = [];
  const count = items.map(() => 0);
  items.forEach((item, i) => {
    const near = leader.findIndex((l, j) => l === j && sameStack(items[j], item));
    const lead = near >= 0 ? near : i;
    leader.push(lead);
    count[lead]++;
  });
  return { leader, count };
}

/** Candidate centres: just beside the link (its arrow stays in sight), stepping further aside, then on it. */
function candidates(at: Point, dir: Point): Point[] {
  // The side above the link first (below for a vertical one's left), so labels sit alike.
  const n = { x: -dir.y, y: dir.x };
  const normal = n.y > 0 || (n.y === 0 && n.x > 0) ? { x: -n.x, y: -n.y } : n;
  const out: Point[] = [];
  for (let k = 0; k < 4; k++) {
    for (const side of [1, -1]) {
      const d = side * (LABEL_H / 2 + 8 + k * (LABEL_H + 3));
      out.push({ x: at.x + normal.x * d, y: at.y + normal.y * d });
    }
  }
  out.push(at);
  // Along the link too, for links that run across the page.
  for (const t of [-1, 1]) out.push({ x: at.x + dir.x * t * 40, y: at.y + dir.y * t * 40 });
  return out;
}

/** The candidates, then each slid along the link by `by` either way (a label clear of a word beside it). */
function withSlides(points: Point[], dir: Point, by: number): Point[] {
  return [...points, ...points.flatMap((c) => [{ x: c.x + dir.x * by, y: c.y + dir.y * by }, { x: c.x - dir.x * by, y: c.y - dir.y * by }])];
}

/**
 * The first box for a label of `text` around `at` clear of `taken`, or null. With words to `avoid`
 * too, where every place covers one the places are tried again slid half a label along the link,
 * so a label beside an empty log's "empty" moves off it before it would cover it.
 */
function freeBox(text: string, at: Point, dir: Point, layout: DiagramLayout, taken: Rect[], avoid: readonly Rect[] = []): Rect | null {
  const w = labelWidth(text);
  const places = avoid.length > 0 ? withSlides(candidates(at, dir), dir, w / 2 + 4) : candidates(at, dir);
  for (const c of places) {
    const box = { x: c.x - w / 2, y: c.y - LABEL_H / 2, w, h: LABEL_H };
    const inside = box.x >= 0 && box.y >= 0 && box.x + w <= layout.width && box.y + LABEL_H <= layout.height;
    if (inside && !taken.some((t) => overlaps(t, box)) && !avoid.some((t) => overlaps(t, box))) return box;
  }
  return null;
}

/**
 * Every message's point and direction, and the labels: one per group of same-worded messages
 * travelling together, never over another label or an obstacle (`drawn`: the records each
 * replica's log shows; without it every log counts as full; `words`: what a big cluster's dots
 * and arrows keep off, textObstacles(), kept from call to call where it can be).
 */
export function placeMessages(
  inFlight: readonly InFlightView[],
  layout: DiagramLayout,
  timeMs: number,
  labelled: boolean,
  drawn?: DrawnRecords,
  words?: readonly ObstacleGroup[],
): PlacedMessage[] {
  // A big cluster's dots and arrows keep off its cells and headers (inFlightClearance.ts): each
  // slides along its link. Logs have room around them: there a dot rides where time puts it, and
  // its label finds a place clear of every word.
  const cells = layout.zoom === 'cells';
  const onLinks = inFlight.flatMap((m) => {
    const from = layout.anchors[m.from];
    const to = layout.anchors[m.to];
    if (!from || !to) return [];
    const t = inFlightFraction(m.sentAtMs, m.deliverAtMs, timeMs, MESSAGE_INSET);
    const at = cells ? clearPointOnLink(from, to, t, words ?? textObstacles(layout), layout) : inFlightPosition(from, to, m.sentAtMs, m.deliverAtMs, timeMs, MESSAGE_INSET);
    const len = Math.hypot(to.x - from.x, to.y - from.y) || 1;
    return [{ m, at, dir: { x: (to.x - from.x) / len, y: (to.y - from.y) / len }, text: labelled ? messageText(m) : '' }];
  });
  if (!labelled) return onLinks.map(({ m, at, dir }) => ({ m, at, dir, label: null }));
  const taken = labelObstacles(layout, drawn);
  // An empty log's word "empty" is kept clear where a label has room elsewhere; where it has none
  // (a small diagram before any record is written), the label covers the word rather than vanish.
  const empty = layout.brokers.flatMap((b) => emptyLogWords(b, drawn));
  const { leader, count } = stackLabels(onLinks);
  return onLinks.map(({ m, at, dir, text }, i) => {
    if (leader[i] !== i) return { m, at, dir, label: null };
    const words = count[i] > 1 ? `${text} ×${count[i]}` : text;
    const box = freeBox(words, at, dir, layout, taken, empty) ?? freeBox(words, at, dir, layout, taken);
    if (box) taken.push(box);
    return { m, at, dir, label: box && { ...box, text: words } };
  });
}
