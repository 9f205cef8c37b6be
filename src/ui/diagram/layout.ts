// Where everything in the cluster diagram goes, in CSS pixels of the measured diagram area.
// Pure maths so it is tested without a browser: producers on the left, brokers in a grid in the
// middle, the controller (and ZooKeeper) above them, consumer groups on the right (groupsLayout.ts).
// Big clusters switch to compact drawings (zoom.ts, cellsLayout.ts): replica cells under a shorter
// controller band, short producer boxes, consumer chips.
import { cellLabelChars, layoutCellBrokers } from './cellsLayout';
import { CHIP_GROUP_HEADER, groupsFullHeight, layoutGroups } from './groupsLayout';
import { CELL_GAP, CELL_W, type LogGrid, logGrid, minReplicaH } from './logLayout';
import { type CellSlot, chooseZoom, topicCodes, type Zoom } from './zoom';

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

/** A replica's row in its broker box, with the grid its records wrap in (logLayout.ts). */
export interface ReplicaSlot extends Rect, LogGrid {
  topic: string;
  partition: number;
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
  /** At the 'cells' zoom: the type size every cell shares, and whether leaders show a star. */
  cellFontPx: number;
  cellStar: boolean;
  /** At the 'cells' zoom: the free corners of the controller band, left and right, for the key. */
  legend: { left: Rect; right: Rect } | null;
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
/** A broker box shows at least three records a row (under its replicas' labels). */
const MIN_BROKER_W = 24 + 3 * (CELL_W + CELL_GAP);
/** Wider than this a broker box is mostly empty: the boxes are centred in the area instead. */
export const MAX_BROKER_W = 560;
const CONTROLLER_H = 48;
const PRODUCER_H = 70;

/** The frame around the brokers: the cells zoom trades the controller's second line for a row of cells. */
interface Frame {
  margin: number;
  controllerH: number;
  /** Between the controller band and the nodes below it. */
  bandGap: number;
  /** Between the producers, the brokers and the consumer groups (where the links fan out). */
  columnGap: number;
  /** A shorter area is laid out at this height and scaled down to fit. */
  minHeight: number;
}
const LOGS_FRAME: Frame = { margin: MARGIN, controllerH: CONTROLLER_H, bandGap: GAP, columnGap: GAP * 2, minHeight: 260 };
const CELLS_FRAME: Frame = { margin: 6, controllerH: 26, bandGap: 6, columnGap: 20, minHeight: 240 };

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
    const fit = Math.floor((h - BROKER_HEADER - 8) / minReplicaH(w - 12));
    if (w >= minW && fit >= perBox) return { cols, rows };
    // Otherwise prefer what shows the most replica rows, then the widest boxes.
    const score = (w >= minW ? 1e6 : 0) + Math.min(fit, perBox) * 1e3 + Math.min(w, 999);
    if (score > best.score) best = { cols, rows, score };
  }
  return { cols: best.cols, rows: best.rows };
}

/**
 * Where an in-flight message is drawn: along the straight line, by simulated time. `inset` keeps
 * it off its endpoints (a fraction of the line at each end), so it never hides a node's label.
 */
export function inFlightPosition(from: Point, to: Point, sentAtMs: number, deliverAtMs: number, nowMs: number, inset = 0): Point {
  const t = inFlightFraction(sentAtMs, deliverAtMs, nowMs, inset);
  return { x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t };
}

/** How far along its link (0 to 1) a message is drawn at `nowMs`, kept `inset` off each end. */
export function inFlightFraction(sentAtMs: number, deliverAtMs: number, nowMs: number, inset = 0): number {
  const span = deliverAtMs - sentAtMs;
  const raw = span <= 0 ? 1 : clamp((nowMs - sentAtMs) / span, 0, 1);
  return inset + raw * (1 - 2 * inset);
}

/** Wide enough for the longest producer id in the title's type (about 9.5 units a character), within limits. */
export function producerWidth(ids: string[], width: number): number {
  const longest = Math.max(0, ...ids.map((id) => id.length));
  return clamp(Math.max(width * 0.1, longest * 9.5 + 28), 104, Math.max(170, width * 0.17));
}

function stack(count: number, top: number, height: number, itemH: number, gap: number): number[] {
  const total = count * itemH + Math.max(0, count - 1) * gap;
  const start = top + Math.max(0, (height - total) / 2);
  return Array.from({ length: count }, (_, i) => start + i * (itemH + gap));
}

function layoutBroker(id: number, box: Rect, replicas: { topic: string; partition: number }[]): BrokerSlot {
  const inner = box.h - BROKER_HEADER - 8;
  const minH = minReplicaH(box.w - 12);
  const fit = Math.max(0, Math.floor(inner / minH));
  const shown = replicas.length > fit ? Math.max(0, fit - 1) : replicas.length;
  // Replicas share the box's height: a taller row wraps its log onto more rows of records.
  const rowH = shown > 0 ? Math.max(minH, inner / shown) : 0;
  const slots = replicas.slice(0, shown).map((r, i) => {
    const rect = { x: box.x + 6, y: box.y + BROKER_HEADER + i * rowH, w: box.w - 12, h: rowH - 4 };
    return { ...r, ...rect, ...logGrid(rect) };
  });
  return {
    id,
    ...box,
    headerH: BROKER_HEADER,
    replicas: slots,
    cells: [],
    hiddenReplicas: replicas.length - shown,
  };
}

export function layoutDiagram(input: LayoutInput): DiagramLayout {
  const logs = layoutAt(input, 'logs');
  const totalReplicas = [...input.replicas.values()].reduce((sum, r) => sum + r.length, 0);
  const zoom = chooseZoom(totalReplicas, logs.brokers.reduce((sum, b) => sum + b.hiddenReplicas, 0));
  return zoom === 'logs' ? logs : layoutAt(input, 'cells');
}

function layoutAt(input: LayoutInput, zoom: Zoom): DiagramLayout {
  const f = zoom === 'logs' ? LOGS_FRAME : CELLS_FRAME;
  const width = Math.max(input.width, 640);
  const height = Math.max(input.height, f.minHeight);
  const producerW = producerWidth(input.producers, width);
  const top = f.margin + f.controllerH + f.bandGap;
  const bandH = height - top - f.margin;
  // Chips need less width than full consumer boxes: the brokers get the difference. Two chips a
  // row still say "c11 lag 617" each (chipText.ts).
  const chips = groupsFullHeight(input.groups) > bandH;
  // No groups: the brokers get the consumers' column too.
  const consumerW = input.groups.length === 0 ? 0 : chips ? clamp(width * 0.17, 200, 300) : clamp(width * 0.21, 222, 330);
  const anchors: Record<string, Point> = {};

  // Producers shrink to two lines (down to 40px) rather than run off the bottom.
  const nP = input.producers.length;
  const fullP = nP * PRODUCER_H + Math.max(0, nP - 1) * GAP;
  const producerGap = fullP > bandH ? 8 : GAP;
  const producerH = fullP > bandH ? clamp((bandH - (nP - 1) * producerGap) / nP, 40, PRODUCER_H) : PRODUCER_H;
  const producerYs = stack(nP, top, bandH, producerH, producerGap);
  const producers = input.producers.map((id, i) => {
    const r = { id, x: f.margin, y: producerYs[i], w: producerW, h: producerH };
    anchors[id] = { x: r.x + r.w, y: r.y + r.h / 2 };
    return r;
  });

  const areaX = f.margin + producerW + f.columnGap;
  const areaW = width - areaX - (consumerW > 0 ? consumerW + f.columnGap : 0) - f.margin;
  const codes = topicCodes([...input.replicas.values()].flatMap((list) => list.map((r) => r.topic)));
  const perBox = Math.max(0, ...[...input.replicas.values()].map((r) => r.length));
  const cells =
    zoom === 'cells' ? layoutCellBrokers(input.brokers, input.replicas, { x: areaX, y: top, w: areaW, h: bandH }, cellLabelChars(codes, input.replicas.values()), anchors) : null;
  const brokers = cells ? cells.brokers : placeBrokers(input, GAP, areaX, areaW, top, bandH, brokerGrid(input.brokers.length, areaW, bandH, perBox), layoutBroker, anchors);

  const controllerW = Math.min(areaW, cells ? 240 : 260);
  const controller = { x: areaX + (areaW - controllerW) / 2, y: f.margin, w: controllerW, h: f.controllerH };
  anchors.controller = { x: controller.x + controller.w / 2, y: controller.y + controller.h };
  const zkR = cells ? 12 : 16;
  const zookeeper = input.zookeeper
    ? [0, 1, 2].map((i) => ({ x: controller.x + controller.w + zkR * 2 - 2 + i * (zkR * 2 + 8), y: f.margin + f.controllerH / 2, r: zkR }))
    : [];
  const legendX = zookeeper.length > 0 ? zookeeper[2].x + zkR + GAP : controller.x + controller.w + GAP;
  const legend = cells
    ? {
        left: { x: f.margin, y: 0, w: controller.x - GAP - f.margin, h: top },
        right: { x: legendX, y: 0, w: width - f.margin - legendX, h: top },
      }
    : null;

  const groups = layoutGroups(input, width - f.margin - consumerW, consumerW, top, bandH, anchors);
  const bottom = groups.length > 0 ? groups[groups.length - 1].y + groups[groups.length - 1].h : top;
  return {
    width,
    height: Math.max(height, bottom + f.margin),
    zoom,
    topicCodes: codes,
    consumerChips: groups.some((g) => g.headerH === CHIP_GROUP_HEADER),
    cellFontPx: cells?.fontPx ?? 0,
    cellStar: cells?.star ?? false,
    legend,
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
  const boxW = cols > 0 ? Math.min(MAX_BROKER_W, (areaW - (cols - 1) * gap) / cols) : 0;
  const boxH = rows > 0 ? (bandH - (rows - 1) * gap) / rows : 0;
  const left = areaX + Math.max(0, (areaW - cols * boxW - (cols - 1) * gap) / 2);
  return input.brokers.map((id, i) => {
    const box = { x: left + (i % cols) * (boxW + gap), y: top + Math.floor(i / cols) * (boxH + gap), w: boxW, h: boxH };
    // Messages leave and arrive at the top edge, so they do not cover the replica logs.
    anchors[`broker-${id}`] = { x: box.x + box.w / 2, y: box.y };
    return place(id, box, input.replicas.get(id) ?? []);
  });
}

export { CONSUMER_HEADER, CONSUMER_ROW, consumerHeight, GROUP_HEADER, MAX_CONSUMER_ROWS } from './groupsLayout';
export { cellAt, logWindow, markAt } from './logLayout';
