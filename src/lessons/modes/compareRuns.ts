// Two runs of one scenario, one setting changed, stepped together by simulated time: at each
// moment of either run, each side shows its state as of that time and what it last did. The runs
// part at the first event one has and the other has not (same seed: everything before is equal);
// that moment, and the first change in the tracked state, are called out.
import type { SimEvent, StepRow } from '../../engine/view.types';
import type { LessonTrackerTable } from './lessonTracker';

export interface CompareSide {
  label: string;
  rows: readonly StepRow[];
  events: readonly SimEvent[];
  /** The tracker read at every story moment (the same variables on both sides). */
  tracker: LessonTrackerTable;
}

export interface CompareFrame {
  timeMs: number;
  sides: { step: number; did: string; cells: string[] }[];
  /** Per variable: the two sides disagree at this time. */
  differs: boolean[];
}

export interface Parting {
  timeMs: number;
  /** What each side did at the parting: its first event the other does not share. */
  did: [string, string];
}

export interface Comparison {
  variables: string[];
  frames: CompareFrame[];
  /** Where the runs part, or null when their events never differ. */
  parting: Parting | null;
  /**
   * The frame to open at: the parting, or else the first frame at which a tracked variable that
   * agreed at the start differs (the setting itself, e.g. who the controller is, may differ from
   * the outset). Null: the runs never part.
   */
  firstDifference: number | null;
}

const timeOf = (side: CompareSide, step: number) => (step === 0 ? 0 : (side.rows[step - 1]?.timeMs ?? 0));

function didAt(side: CompareSide, step: number): string {
  const row = side.rows[step - 1];
  return row ? `${row.component}: ${row.action}` : 'Nothing yet: the run starts.';
}

/** The side's last column at or before `timeMs`. */
function columnAt(side: CompareSide, timeMs: number): number {
  let at = 0;
  side.tracker.columns.forEach((c, i) => {
    if (timeOf(side, c.step) <= timeMs) at = i;
  });
  return at;
}

const signature = (e: SimEvent) => [e.type, e.timeMs, e.topic, e.partition, e.broker, e.producer, e.consumer, e.offset].join('|');

/** The first event one run has and the other has not. */
function partingOf(a: CompareSide, b: CompareSide): Parting | null {
  const n = Math.max(a.events.length, b.events.length);
  for (let i = 0; i < n; i++) {
    const [x, y] = [a.events[i], b.events[i]];
    if (x && y && signature(x) === signature(y)) continue;
    const timeMs = Math.min(x?.timeMs ?? Number.POSITIVE_INFINITY, y?.timeMs ?? Number.POSITIVE_INFINITY);
    const said = (side: CompareSide, e: SimEvent | undefined) => (e && e.timeMs === timeMs ? didAt(side, e.step) : 'nothing happens at this moment');
    return { timeMs, did: [said(a, x), said(b, y)] };
  }
  return null;
}

export function compareRuns(a: CompareSide, b: CompareSide): Comparison {
  const variables = a.tracker.variables.map((v) => v.name);
  const parting = partingOf(a, b);
  const columnTimes = [a, b].flatMap((side) => side.tracker.columns.map((c) => timeOf(side, c.step)));
  const times = [...new Set([...columnTimes, ...(parting ? [parting.timeMs] : [])])].sort((x, y) => x - y);
  let stateDiffers: number | null = null;
  let fromStart: boolean[] = [];
  const frames = times.map((timeMs, i) => {
    const sides = [a, b].map((side) => {
      const col = columnAt(side, timeMs);
      const step = side.tracker.columns[col].step;
      return { step, did: didAt(side, step), cells: side.tracker.variables.map((v) => v.cells[col]) };
    });
    const differs = variables.map((_, v) => sides[0].cells[v] !== sides[1].cells[v]);
    if (i === 0) fromStart = differs;
    else if (stateDiffers === null && differs.some((d, v) => d && !fromStart[v])) stateDiffers = i;
    return { timeMs, sides, differs };
  });
  const partingFrame = parting ? times.indexOf(parting.timeMs) : null;
  return { variables, frames, parting, firstDifference: partingFrame ?? stateDiffers };
}

const seconds = (ms: number) => `${Number((ms / 1000).toFixed(3))} s`;

/** The call-out: where the runs part and what each did; then where the tracked state first differs. */
export function differenceWords(c: Comparison, labels: [string, string]): string {
  const out: string[] = [];
  if (c.parting) out.push(`At ${seconds(c.parting.timeMs)} the runs part. ${labels[0]}: ${c.parting.did[0]}. ${labels[1]}: ${c.parting.did[1]}.`);
  const start = c.frames[0]?.differs ?? [];
  const at = c.frames.findIndex((f) => f.differs.some((d, v) => d && !start[v]));
  if (at >= 0) {
    const f = c.frames[at];
    const v = f.differs.findIndex((d, i) => d && !start[i]);
    out.push(`The tracked state first differs at ${seconds(f.timeMs)}: ${c.variables[v]} is "${f.sides[0].cells[v]}" with ${labels[0]}, "${f.sides[1].cells[v]}" with ${labels[1]}.`);
  }
  return out.join(' ');
}
