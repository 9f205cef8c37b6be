// Where everything in the cluster diagram goes, in CSS pixels of the measured diagram area.
// Pure maths so it is tested without a browser: producers on the left, brokers in a grid in the
// middle, the controller (and ZooKeeper) above them, consumer groups on the right.

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}
export interface Point {
  x: number;
  y: number;
}

export interface LayoutInput {
  width: number;
  height: number;
  brokers: number[];
  /** Replicas each broker hosts, in the order to draw them. */
  replicas: Map<number, { topic: string; partition: number }[]>;
  producers: string[];
  groups: { groupId: string; consumers: { id: string; rows: number }[] }[];
  zookeeper: boolean;
}

export interface ReplicaSlot extends Rect {
  topic: string;
  partition: number;
  /** Where the record cells start and how many fit. */
  cellsX: number;
  cellW: number;
  maxCells: number;
}

export interface BrokerSlot extends Rect {
  id: number;
  replicas: ReplicaSlot[];
  /** Replicas that did not fit; the box says "+N more". */
  hiddenReplicas: number;
}

export interface DiagramLayout {
  width: number;
  height: number;
  producers: (Rect & { id: string })[];
  controller: Rect;
  zookeeper: (Point & { r: number })[];
  brokers: BrokerSlot[];
  groups: (Rect & { groupId: string; consumers: (Rect & { id: string })[] })[];
  /** Network node name (broker-1, controller, p1, c1) → where its messages leave and arrive. */
  anchors: Record<string, Point>;
}

export const MARGIN = 10;
export const GAP = 14;
export const BROKER_HEADER = 36;
export const REPLICA_LABEL_W = 82;
export const CELL_W = 27;
const MIN_BROKER_W = 180;
const MIN_REPLICA_H = 30;
const MAX_REPLICA_H = 50;
const CONTROLLER_H = 48;
const PRODUCER_H = 70;
export const GROUP_HEADER = 44;
const CONSUMER_HEADER = 30;
const CONSUMER_ROW = 22;
const MAX_CONSUMER_ROWS = 4;

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

/**
 * Columns and rows for n broker boxes: the fewest rows whose boxes are still at least `minW` wide
 * and tall enough for `perBox` replica rows; failing that, the arrangement that shows the most.
 */
export function brokerGrid(n: number, areaW: number, areaH = Number.POSITIVE_INFINITY, perBox = 0, minW = MIN_BROKER_W): { cols: number; rows: number } {
  if (n <= 0) return { cols: 0, rows: 0 };
  let best = { cols: 1, rows: n, score: -1 };
  for (let rows = 1; rows <= n; rows++) {
    const cols = Math.ceil(n / rows);
    if (Math.ceil(n / cols) !== rows) continue;
    const w = (areaW - (cols - 1) * GAP) / cols;
    const h = (areaH - (rows - 1) * GAP) / rows;
    const fit = Math.floor((h - BROKER_HEADER - 8) / MIN_REPLICA_H);
    if (w >= minW && fit >= perBox) return { cols, rows };
    // Otherwise prefer what shows the most replica rows, then the widest boxes.
    const score = (w >= minW ? 1e6 : 0) + Math.min(fit, perBox) * 1e3 + Math.min(w, 999);
    if (score > best.score) best = { cols, rows, score };
  }
  return { cols: best.cols, rows: best.rows };
}

/** Which offsets of a log to draw when only `maxCells` fit: the newest, ending at the log end. */
export function logWindow(logStartOffset: number, logEndOffset: number, maxCells: number): { first: number; end: number; clipped: boolean } {
  const cells = Math.max(1, maxCells);
  const first = Math.max(logStartOffset, logEndOffset - cells);
  return { first, end: logEndOffset, clipped: first > logStartOffset };
}

/** x of the boundary before `offset` in a replica's drawn window (for LEO and HW marks). */
export function offsetX(slot: ReplicaSlot, first: number, offset: number): number {
  return slot.cellsX + clamp(offset - first, 0, slot.maxCells) * slot.cellW;
}

/**
 * Where an in-flight message is drawn: along the straight line, by simulated time. `inset` keeps
 * it off its endpoints (a fraction of the line at each end), so it never hides a node's label.
 */
export function inFlightPosition(from: Point, to: Point, sentAtMs: number, deliverAtMs: number, nowMs: number, inset = 0): Point {
  const span = deliverAtMs - sentAtMs;
  const raw = span <= 0 ? 1 : clamp((nowMs - sentAtMs) / span, 0, 1);
  const t = inset + raw * (1 - 2 * inset);
  return { x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t };
}

/** A consumer box: its name, a row of column labels, then one row per assigned partition. */
export function consumerHeight(rows: number): number {
  return CONSUMER_HEADER + (rows > 0 ? Math.min(rows, MAX_CONSUMER_ROWS) + 1 : 1) * CONSUMER_ROW;
}

function stack(count: number, top: number, height: number, itemH: number, gap: number): number[] {
  const total = count * itemH + Math.max(0, count - 1) * gap;
  const start = top + Math.max(0, (height - total) / 2);
  return Array.from({ length: count }, (_, i) => start + i * (itemH + gap));
}

function layoutBroker(id: number, box: Rect, replicas: { topic: string; partition: number }[]): BrokerSlot {
  const inner = box.h - BROKER_HEADER - 8;
  const fit = Math.max(0, Math.floor(inner / MIN_REPLICA_H));
  const shown = replicas.length > fit ? Math.max(0, fit - 1) : replicas.length;
  const rowH = shown > 0 ? clamp(inner / Math.max(shown, 1), MIN_REPLICA_H, MAX_REPLICA_H) : 0;
  const cellsX = box.x + REPLICA_LABEL_W;
  const cellsW = box.w - REPLICA_LABEL_W - 10;
  const slots = replicas.slice(0, shown).map((r, i) => ({
    ...r,
    x: box.x + 6,
    y: box.y + BROKER_HEADER + i * rowH,
    w: box.w - 12,
    h: rowH - 4,
    cellsX,
    cellW: CELL_W,
    maxCells: Math.max(1, Math.floor(cellsW / CELL_W)),
  }));
  return {
    id,
    ...box,
    replicas: slots,
    hiddenReplicas: replicas.length - shown,
  };
}

export function layoutDiagram(input: LayoutInput): DiagramLayout {
  const width = Math.max(input.width, 640);
  const height = Math.max(input.height, 320);
  const producerW = clamp(width * 0.1, 104, 170);
  const consumerW = clamp(width * 0.21, 222, 330);
  const top = MARGIN + CONTROLLER_H + GAP;
  const bandH = height - top - MARGIN;
  const anchors: Record<string, Point> = {};

  const producerYs = stack(input.producers.length, top, bandH, PRODUCER_H, GAP);
  const producers = input.producers.map((id, i) => {
    const r = { id, x: MARGIN, y: producerYs[i], w: producerW, h: PRODUCER_H };
    anchors[id] = { x: r.x + r.w, y: r.y + r.h / 2 };
    return r;
  });

  const areaX = MARGIN + producerW + GAP * 2;
  const areaW = width - areaX - consumerW - GAP * 2 - MARGIN;
  const perBox = Math.max(0, ...[...input.replicas.values()].map((r) => r.length));
  const { cols, rows } = brokerGrid(input.brokers.length, areaW, bandH, perBox);
  const boxW = cols > 0 ? (areaW - (cols - 1) * GAP) / cols : 0;
  const boxH = rows > 0 ? (bandH - (rows - 1) * GAP) / rows : 0;
  const brokers = input.brokers.map((id, i) => {
    const box = {
      x: areaX + (i % cols) * (boxW + GAP),
      y: top + Math.floor(i / cols) * (boxH + GAP),
      w: boxW,
      h: boxH,
    };
    // Messages leave and arrive at the top edge, so they do not cover the replica logs.
    anchors[`broker-${id}`] = { x: box.x + box.w / 2, y: box.y };
    return layoutBroker(id, box, input.replicas.get(id) ?? []);
  });

  const controllerW = Math.min(areaW, 260);
  const controller = {
    x: areaX + (areaW - controllerW) / 2,
    y: MARGIN,
    w: controllerW,
    h: CONTROLLER_H,
  };
  anchors.controller = {
    x: controller.x + controller.w / 2,
    y: controller.y + controller.h,
  };
  const zookeeper = input.zookeeper
    ? [0, 1, 2].map((i) => ({
        x: controller.x + controller.w + 30 + i * 40,
        y: MARGIN + CONTROLLER_H / 2,
        r: 16,
      }))
    : [];

  const groupX = width - MARGIN - consumerW;
  const groupHeights = input.groups.map((g) => GROUP_HEADER + g.consumers.reduce((sum, c) => sum + consumerHeight(c.rows) + 6, 0));
  const totalGroupsH = groupHeights.reduce((a, b) => a + b, 0) + Math.max(0, input.groups.length - 1) * GAP;
  let gy = top + Math.max(0, (bandH - totalGroupsH) / 2);
  const groups = input.groups.map((g, gi) => {
    const rect = {
      groupId: g.groupId,
      x: groupX,
      y: gy,
      w: consumerW,
      h: groupHeights[gi],
    };
    let cy = gy + GROUP_HEADER;
    const consumers = g.consumers.map((c) => {
      const h = consumerHeight(c.rows);
      const r = { id: c.id, x: groupX + 6, y: cy, w: consumerW - 12, h };
      anchors[c.id] = { x: r.x, y: r.y + CONSUMER_HEADER / 2 };
      cy += h + 6;
      return r;
    });
    gy += rect.h + GAP;
    return { ...rect, consumers };
  });

  return {
    width,
    height: Math.max(height, gy - GAP + MARGIN),
    producers,
    controller,
    zookeeper,
    brokers,
    groups,
    anchors,
  };
}

export { CONSUMER_HEADER, CONSUMER_ROW, MAX_CONSUMER_ROWS };
