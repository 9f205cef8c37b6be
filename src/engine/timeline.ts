// Time travel the RaftScope way, made fast: a checkpoint every CHECKPOINT_EVERY steps plus replay.
// Checkpoints share logs (see SharedLog). An intervention at step s is recorded in the command log
// and discards everything after s; replaying through s applies it again, so every seek is exact.
// History has a memory budget (HistoryBudget): old checkpoints thin out and old blocks of rows and
// events are dropped, then replayed from a checkpoint when something reads them again.
import type { Scenario } from '../scenario/types';
import type { Intervention, Simulation } from './api.types';
import { cloneState, snapshotState } from './core/clone';
import { dropStaleTimers, schedule } from './core/context';
import { initialState } from './core/init';
import type { SimState } from './core/state';
import { type PlayedStep, playStep } from './core/step';
import { checkInvariantsAfter } from './check/invariants';
import type { ClusterView, SimEvent, StepRow } from './view.types';
import { EventLog } from './eventLog';
import { BLOCK } from './history/blockLog';
import { Checkpoints } from './history/checkpoints';
import { RowLog } from './rowLog';
import { buildView } from './view';
import type { ViewWindow } from './viewWindow';

/** Most steps emit no event: they all share this one (frozen) empty list. */
const NO_EVENTS: SimEvent[] = [];
Object.freeze(NO_EVENTS);

/**
 * Replaying this many steps stays well under the 50 ms seek goal even while records flow; each
 * checkpoint shares its unchanged parts with the one before, so closer checkpoints cost little.
 */
export const CHECKPOINT_EVERY = 250;

/** What the history of a run may hold; past it, old history is replayed when read instead of kept. */
export interface HistoryBudget {
  /** Checkpoints kept (the newest quarter stays dense; older ones thin out). */
  checkpoints: number;
  /** Bytes of packed execution-table rows kept. */
  rowBytes: number;
  /** Bytes of packed events kept. */
  eventBytes: number;
}

const MiB = 1 << 20;

/**
 * About 30 MiB of checkpoints for a 5-broker cluster (the newest 10,000 steps dense), 24 MiB of rows
 * (~75,000 steps, far more than the page's window around the current step) and 12 MiB of events.
 * Smaller is not only less memory: the worker's collector pauses shrink with its heap.
 */
export const DEFAULT_HISTORY_BUDGET: HistoryBudget = { checkpoints: 160, rowBytes: 24 * MiB, eventBytes: 12 * MiB };

export interface TimelineOptions {
  /** Check the engine's invariants after every step (tests and dev builds). */
  checkInvariants?: boolean;
  /** Stop the run here instead of at the scenario's durationMs. */
  untilMs?: number;
  /** How much history to keep; DEFAULT_HISTORY_BUDGET where a field is not given. */
  history?: Partial<HistoryBudget>;
}

export class Timeline implements Simulation {
  private state: SimState;
  private readonly rowLog: RowLog;
  private readonly eventLog: EventLog;
  private readonly checkpoints: Checkpoints<SimState>;
  private readonly interventions = new Map<number, Intervention[]>();
  private readonly untilMs: number;
  private atEnd = false;

  constructor(scenario: Scenario, seed: number, private readonly options: TimelineOptions = {}) {
    const budget = { ...DEFAULT_HISTORY_BUDGET, ...options.history };
    this.rowLog = new RowLog(budget.rowBytes);
    this.eventLog = new EventLog(budget.eventBytes);
    this.rowLog.onMissing((block) => this.replayBlock(block));
    this.eventLog.onMissing((block) => this.replayBlock(block));
    this.checkpoints = new Checkpoints(CHECKPOINT_EVERY, budget.checkpoints);
    this.state = initialState(scenario, seed);
    this.untilMs = options.untilMs ?? scenario.durationMs;
    this.checkpoints.add(0, cloneState(this.state));
  }

  get stepCount(): number {
    return this.rowLog.length;
  }

  get currentStep(): number {
    return this.state.step;
  }

  get finished(): boolean {
    return this.atEnd && this.state.step === this.rowLog.length;
  }

  /** Plays one step from the live state; appends to the logs when it is a new step. */
  private advance(seekTarget?: number): PlayedStep | null {
    const played = playStep(this.state, this.untilMs);
    if (!played) {
      if (this.state.step === this.rowLog.length) this.atEnd = true;
      return null;
    }
    const s = played.row.step;
    if (s > this.rowLog.length) {
      this.rowLog.push(played.row);
      this.eventLog.push(played.events.length > 0 ? played.events : NO_EVENTS);
      if (this.options.checkInvariants) {
        const violations = checkInvariantsAfter(this.state, played.events);
        for (const v of violations) this.state.checker.invariantViolations.push(`step ${s}: ${v}`);
      }
    }
    // Checkpoints hold the state before that step's interventions; restoring re-injects them.
    if (this.checkpoints.wants(s)) {
      dropStaleTimers(this.state);
      this.checkpoints.add(s, snapshotState(this.state, this.checkpoints.atOrBefore(s - 1).state));
    } else if (seekTarget !== undefined && seekTarget - s < CHECKPOINT_EVERY && this.checkpoints.wantsVisit(s)) {
      // A seek landing in a thinned stretch leaves a checkpoint near its target for the next seek there.
      this.checkpoints.visit(s, snapshotState(this.state, this.checkpoints.atOrBefore(s).state));
    }
    this.injectAt(this.state, s);
    return played;
  }

  private injectAt(state: SimState, step: number): void {
    for (const action of this.interventions.get(step) ?? []) schedule(state, state.timeMs, { kind: 'intervention', action }, 0);
  }

  /** Replays the steps of a dropped block of rows and events on a copy, and gives them back. */
  private replayBlock(block: number): void {
    const first = block * BLOCK + 1;
    const last = first + BLOCK - 1;
    const from = this.checkpoints.atOrBefore(first - 1);
    const state = cloneState(from.state);
    this.injectAt(state, from.step);
    const rows: StepRow[] = [];
    const events: SimEvent[][] = [];
    while (state.step < last) {
      const played = playStep(state, this.untilMs);
      if (!played) throw new Error(`replaying block ${block} ended at step ${state.step}, before ${last}`);
      if (played.row.step >= first) {
        rows.push(played.row);
        events.push(played.events.length > 0 ? played.events : NO_EVENTS);
      }
      this.injectAt(state, played.row.step);
    }
    this.rowLog.restore(block, rows);
    this.eventLog.restore(block, events);
  }

  stepForward(): StepRow | null {
    return this.advance()?.row ?? null;
  }

  seek(step: number): void {
    const target = Math.max(0, Math.floor(step));
    const base = this.checkpoints.atOrBefore(target);
    if (target < this.state.step || base.step > this.state.step) {
      this.state = cloneState(base.state);
      this.injectAt(this.state, base.step);
    }
    while (this.state.step < target) if (!this.advance(target)) break;
  }

  /** Plays on until the run's end (or a bound on steps); returns the steps played. */
  runToEnd(maxSteps = Number.POSITIVE_INFINITY): number {
    let n = 0;
    while (n < maxSteps && this.advance()) n++;
    return n;
  }

  intervene(action: Intervention): void {
    const at = this.state.step;
    this.rowLog.truncate(at);
    this.eventLog.truncate(at);
    this.checkpoints.dropAfter(at);
    for (const s of [...this.interventions.keys()]) if (s > at) this.interventions.delete(s);
    this.interventions.set(at, [...(this.interventions.get(at) ?? []), action]);
    this.atEnd = false;
    schedule(this.state, this.state.timeMs, { kind: 'intervention', action }, 0);
  }

  view(scope?: ViewWindow): ClusterView {
    return buildView(this.state, this.options.checkInvariants ?? false, scope);
  }

  rows(fromStep: number, toStep: number): StepRow[] {
    return this.rowLog.slice(fromStep - 1, toStep);
  }

  events(fromStep: number, toStep: number): SimEvent[] {
    return this.eventLog.slice(fromStep - 1, toStep);
  }

  /** What the history holds now: for the benchmarks and tests. */
  get historyHeld(): { checkpoints: number; visits: number; rowBytes: number; eventBytes: number; droppedBlocks: number } {
    return { checkpoints: this.checkpoints.size, visits: this.checkpoints.visitCount, rowBytes: this.rowLog.bytes, eventBytes: this.eventLog.bytes, droppedBlocks: this.rowLog.droppedBlocks };
  }

  /** The engine's state, for the runner and tests only. */
  get raw(): SimState {
    return this.state;
  }
}
