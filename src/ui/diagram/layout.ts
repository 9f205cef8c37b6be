// Where everything in the cluster diagram goes, in CSS pixels of the measured diagram area.
// Pure maths so it is tested without a browser: producers on the left, brokers in a grid in the
// middle, the controller (and ZooKeeper) above them, consumer groups on the right. Big clusters
// switch to compact drawings (zoom.ts): replica cells, short producer boxes, consumer chips.
import { type CellSlot, chooseZoom, layoutCells, topicCodes, type Zoom } from './zoom';

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
  /** Height of the header (the broker's name and state), smaller when drawn as cells. */
  headerH: number;
  replicas: ReplicaSlot[];
  /** At the 'cells' zoom: one cell per replica, instead of `replicas`. */
  cells: CellSlot[];
  /** Replicas that did not fit; the box says "+N more". */
  hiddenReplicas: number;
}

export interface DiagramLayout {
  width: number;
  height: number;
  zoom: Zoom;
  /** Topic → its code on replica cells (empty with one topic). */
  topicCodes: Map<string, string>;
  /** Consumers drawn as one-line chips (too many for their full boxes). */
  consumerChips: boolean;
  producers: (Rect & { id: string })[];
  controller: Rect;
  zookeeper: (Point & { r: number })[];
  brokers: BrokerSlot[];
  groups: (Rect & { groupId: string; headerH: number; consumers: (Rect & { id: string })[] })[];
  /** Network node name (broker-1, controller, p1, c1) → where its messages leave and arrive. */
  anchors: Record<string, Point>;
}

export const MARGIN = 10;
export const GAP = 14;
export const BROKER_HEADER = 36;
export const CELL_BROKER_HEADER = 24;
export const CHIP_H = 26;
const CHIP_GAP = 4;
const CHIP_GROUP_HEADER = 24;
const CELL_BROKER_GAP = 8;
/** A broker box narrower than this cannot show its name and state. */
const MIN_CELL_BROKER_W = 96;
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
    headerH: BROKER_HEADER,
    replicas: slots,
    cells: [],
    hiddenReplicas: replicas.length - shown,
  };
}

function cellArea(box: Rect): Rect {
  return { x: box.x + 5, y: box.y + CELL_BROKER_HEADER + 1, w: box.w - 10, h: box.h - CELL_BROKER_HEADER - 6 };
}

function layoutCellBroker(id: number, box: Rect, replicas: { topic: string; partition: number }[]): BrokerSlot {
  const cells = layoutCells(replicas, cellArea(box));
  return { id, ...box, headerH: CELL_BROKER_HEADER, replicas: [], cells, hiddenReplicas: replicas.length - cells.length };
}

/** Broker boxes arranged for the largest cells (every arrangement of rows is tried). */
function cellBrokerGrid(n: number, areaW: number, areaH: number, perBox: number): { cols: number; rows: number } {
  let best = { cols: n, rows: 1, size: -1 };
  for (let rows = 1; rows <= n; rows++) {
    const cols = Math.ceil(n / rows);
    if (Math.ceil(n / cols) !== rows) continue;
    const box = { x: 0, y: 0, w: (areaW - (cols - 1) * CELL_BROKER_GAP) / cols, h: (areaH - (rows - 1) * CELL_BROKER_GAP) / rows };
    if (box.w < MIN_CELL_BROKER_W && best.size >= 0) continue;
    const cells = layoutCells(Array.from({ length: perBox }, () => ({ topic: '', partition: 0 })), cellArea(box));
    const size = cells.length < perBox ? cells.length : perBox + Math.min(cells[0]?.h ?? 0, (cells[0]?.w ?? 0) / 1.8);
    if (size > best.size) best = { cols, rows, size };
  }
  return { cols: best.cols, rows: best.rows };
}

/** Chip columns per group so that all groups fit in `bandH` (at most three). */
function chipColumns(groups: LayoutInput['groups'], bandH: number): number {
  for (let cols = 1; cols < 3; cols++) if (chipGroupsHeight(groups, cols) <= bandH) return cols;
  return 3;
}

function chipGroupsHeight(groups: LayoutInput['groups'], cols: number): number {
  const rows = (n: number) => Math.max(1, Math.ceil(n / cols));
  return groups.reduce((sum, g) => sum + CHIP_GROUP_HEADER + rows(g.consumers.length) * (CHIP_H + CHIP_GAP) + 4, 0) + Math.max(0, groups.length - 1) * GAP;
}

export function layoutDiagram(input: LayoutInput): DiagramLayout {
  const width = Math.max(input.width, 640);
  const height = Math.max(input.height, 320);
  const producerW = clamp(width * 0.1, 104, 170);
  const top = MARGIN + CONTROLLER_H + GAP;
  const bandH = height - top - MARGIN;
  // Chips need less width than full consumer boxes: the brokers get the difference.
  const chips = groupsFullHeight(input.groups) > bandH;
  const consumerW = chips ? clamp(width * 0.17, 180, 300) : clamp(width * 0.21, 222, 330);
  const anchors: Record<string, Point> = {};

  // Producers shrink to two lines (down to 40px) rather than run off the bottom.
  const nP = input.producers.length;
  const fullP = nP * PRODUCER_H + Math.max(0, nP - 1) * GAP;
  const producerGap = fullP > bandH ? 8 : GAP;
  const producerH = fullP > bandH ? clamp((bandH - (nP - 1) * producerGap) / nP, 40, PRODUCER_H) : PRODUCER_H;
  const producerYs = stack(nP, top, bandH, producerH, producerGap);
  const producers = input.producers.map((id, i) => {
    const r = { id, x: MARGIN, y: producerYs[i], w: producerW, h: producerH };
    anchors[id] = { x: r.x + r.w, y: r.y + r.h / 2 };
    return r;
  });

  const areaX = MARGIN + producerW + GAP * 2;
  const areaW = width - areaX - consumerW - GAP * 2 - MARGIN;
  const perBox = Math.max(0, ...[...input.replicas.values()].map((r) => r.length));
  const detailed = placeBrokers(input, GAP, areaX, areaW, top, bandH, brokerGrid(input.brokers.length, areaW, bandH, perBox), layoutBroker, anchors);
  const totalReplicas = [...input.replicas.values()].reduce((sum, r) => sum + r.length, 0);
  const zoom = chooseZoom(totalReplicas, detailed.reduce((sum, b) => sum + b.hiddenReplicas, 0));
  const brokers =
    zoom === 'logs' ? detailed : placeBrokers(input, CELL_BROKER_GAP, areaX, areaW, top, bandH, cellBrokerGrid(input.brokers.length, areaW, bandH, perBox), layoutCellBroker, anchors);
  const codes = topicCodes([...input.replicas.values()].flatMap((list) => list.map((r) => r.topic)));

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

  const groups = layoutGroups(input, width - MARGIN - consumerW, consumerW, top, bandH, anchors);
  const bottom = groups.length > 0 ? groups[groups.length - 1].y + groups[groups.length - 1].h : top;
  return {
    width,
    height: Math.max(height, bottom + MARGIN),
    zoom,
    topicCodes: codes,
    consumerChips: groups.some((g) => g.headerH === CHIP_GROUP_HEADER),
    producers,
    controller,
    zookeeper,
    brokers,
    groups,
    anchors,
  };
}

function placeBrokers(
  input: LayoutInput,
  gap: number,
  areaX: number,
  areaW: number,
  top: number,
  bandH: number,
  { cols, rows }: { cols: number; rows: number },
  place: (id: number, box: Rect, replicas: { topic: string; partition: number }[]) => BrokerSlot,
  anchors: Record<string, Point>,
): BrokerSlot[] {
  const boxW = cols > 0 ? (areaW - (cols - 1) * gap) / cols : 0;
  const boxH = rows > 0 ? (bandH - (rows - 1) * gap) / rows : 0;
  return input.brokers.map((id, i) => {
    const box = { x: areaX + (i % cols) * (boxW + gap), y: top + Math.floor(i / cols) * (boxH + gap), w: boxW, h: boxH };
    // Messages leave and arrive at the top edge, so they do not cover the replica logs.
    anchors[`broker-${id}`] = { x: box.x + box.w / 2, y: box.y };
    return place(id, box, input.replicas.get(id) ?? []);
  });
}

function groupsFullHeight(groups: LayoutInput['groups']): number {
  const heights = groups.map((g) => GROUP_HEADER + g.consumers.reduce((sum, c) => sum + consumerHeight(c.rows) + 6, 0));
  return heights.reduce((a, b) => a + b, 0) + Math.max(0, groups.length - 1) * GAP;
}

/** Consumer groups stacked on the right: full boxes when they fit the band's height, chips otherwise. */
function layoutGroups(input: LayoutInput, groupX: number, consumerW: number, top: number, bandH: number, anchors: Record<string, Point>): DiagramLayout['groups'] {
  const fullHeights = input.groups.map((g) => GROUP_HEADER + g.consumers.reduce((sum, c) => sum + consumerHeight(c.rows) + 6, 0));
  const fullH = groupsFullHeight(input.groups);
  const chipCols = fullH > bandH ? chipColumns(input.groups, bandH) : 0;
  const totalH = chipCols > 0 ? chipGroupsHeight(input.groups, chipCols) : fullH;
  let gy = top + Math.max(0, (bandH - totalH) / 2);
  return input.groups.map((g, gi) => {
    const headerH = chipCols > 0 ? CHIP_GROUP_HEADER : GROUP_HEADER;
    const chipW = chipCols > 0 ? (consumerW - 12 - (chipCols - 1) * CHIP_GAP) / chipCols : 0;
    const consumers = g.consumers.map((c, i) => {
      const r =
        chipCols > 0
          ? { id: c.id, x: groupX + 6 + (i % chipCols) * (chipW + CHIP_GAP), y: gy + headerH + Math.floor(i / chipCols) * (CHIP_H + CHIP_GAP), w: chipW, h: CHIP_H }
          : { id: c.id, x: groupX + 6, y: gy + headerH + g.consumers.slice(0, i).reduce((sum, x) => sum + consumerHeight(x.rows) + 6, 0), w: consumerW - 12, h: consumerHeight(c.rows) };
      anchors[c.id] = { x: r.x, y: r.y + Math.min(CONSUMER_HEADER, r.h) / 2 };
      return r;
    });
    const h = chipCols > 0 ? headerH + Math.max(1, Math.ceil(g.consumers.length / chipCols)) * (CHIP_H + CHIP_GAP) + 4 : fullHeights[gi];
    const rect = { groupId: g.groupId, x: groupX, y: gy, w: consumerW, h, headerH, consumers };
    gy += h + GAP;
    return rect;
  });
}

export { CONSUMER_HEADER, CONSUMER_ROW, MAX_CONSUMER_ROWS };
