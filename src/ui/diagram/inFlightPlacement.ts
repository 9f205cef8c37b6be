// Where each message on the wire is drawn: its point on the link (by simulated time), the way it
// travels (an arrow from sender to receiver), and its label, the record it carries in words. Labels
// are placed greedily so that none overlaps another or a broker's header (its name and state): a
// label tries its own point first, then steps aside across the link; one that fits nowhere is
// drawn as a dot (its words stay in its title).
import type { InFlightView } from '../../engine/view.types';
import { type DiagramLayout, inFlightPosition, type Point, type Rect } from './layout';

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

/**
 * Names and states no label may cover: broker headers, clients, group headers, the controller.
 * Replica logs are not among them: inside a broker is where a record travels to.
 */
export function labelObstacles(layout: DiagramLayout): Rect[] {
  return [
    ...layout.brokers.map((b) => ({ x: b.x, y: b.y, w: b.w, h: b.headerH })),
    ...layout.producers,
    ...layout.groups.flatMap((g) => [{ x: g.x, y: g.y, w: g.w, h: g.headerH }, ...g.consumers]),
    layout.controller,
  ];
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

export function placeMessages(inFlight: readonly InFlightView[], layout: DiagramLayout, timeMs: number, labelled: boolean): PlacedMessage[] {
  const taken: Rect[] = labelled ? labelObstacles(layout) : [];
  const placed: PlacedMessage[] = [];
  for (const m of inFlight) {
    const from = layout.anchors[m.from];
    const to = layout.anchors[m.to];
    if (!from || !to) continue;
    const at = inFlightPosition(from, to, m.sentAtMs, m.deliverAtMs, timeMs, MESSAGE_INSET);
    const len = Math.hypot(to.x - from.x, to.y - from.y) || 1;
    const dir = { x: (to.x - from.x) / len, y: (to.y - from.y) / len };
    let label: PlacedMessage['label'] = null;
    if (labelled) {
      const text = messageText(m);
      const w = labelWidth(text);
      for (const c of candidates(at, dir)) {
        const box = { x: c.x - w / 2, y: c.y - LABEL_H / 2, w, h: LABEL_H };
        const inside = box.x >= 0 && box.y >= 0 && box.x + w <= layout.width && box.y + LABEL_H <= layout.height;
        if (inside && !taken.some((t) => overlaps(t, box))) {
          label = { ...box, text };
          taken.push(box);
          break;
        }
      }
    }
    placed.push({ m, at, dir, label });
  }
  return placed;
}
