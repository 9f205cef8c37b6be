// Time travel the RaftScope way, made fast: a checkpoint every CHECKPOINT_EVERY steps plus replay.
// Checkpoints share logs (see SharedLog). An intervention at step s is recorded in the command log
// and discards everything after s; replaying through s applies it again, so every seek is exact.
// History has a memory budget (HistoryBudget): old checkpoints thin out and old blocks of events are
// dropped, then replayed from a checkpoint when something reads them again. Only events are stored:
// the execution table's rows are rendered from them when read (rows/).
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
import { BLOCK, type BlockLog } from './history/blockLog';
import { type EngineEvent, isRowEvent } from './rowEvents';
import { Checkpoints } from './history/checkpoints';
import { renderStepRow } from './rows';
import { buildView } from './view';
import type { ViewWindow } from './viewWindow';

/**
 * Replaying this many steps stays well under the 50 ms seek goal even while records flow; each
 * checkpoint shares its unchanged parts with the one before, so closer checkpoints cost little.
 */
export const CHECKPOINT_EVERY = 250;

/** What the history of a run may hold; past it, old history is replayed when read instead of kept. */
export interface HistoryBudget {
  /** Checkpoints kept (the newest quarter stays dense; older ones thin out). */
  checkpoints: number;
  /** Bytes of packed events (and so of execution-table rows, rendered from them) kept. */
  eventBytes: number;
}

const MiB = 1 << 20;

/**
 * About 30 MiB of checkpoints for a 5-broker cluster (the newest 10,000 steps dense) and 36 MiB of
 * events (tens of thousands of steps, far more than the page's window around the current step).
 * Smaller is not only less memory: the worker's collector pauses shrink with its heap.
 */
export const DEFAULT_HISTORY_BUDGET: HistoryBudget = { checkpoints: 160, eventBytes: 36 * MiB };

export interface TimelineOptions {
  /** Check the engine's invariants after every step (tests and dev builds). */
  checkInvariants?: boolean;
  /** Stop the run here instead of at the scenario's durationMs. */
  untilMs?: number;
  /** How much history to keep; DEFAULT_HISTORY_BUDGET where a field is not given. */
  history?: Partial<HistoryBudget>;
}

/** The events lessons read (row events left out). */
function newsOf(events: readonly EngineEvent[]): SimEvent[] {
  return events.filter((e): e is SimEvent => !isRowEvent(e));
}

export class Timeline implements Simulation {
  private state: SimState;
  /** Every event of every step, row events too (EventLog stores them whatever their type). */
  private readonly eventLog: BlockLog<EngineEvent[], string>;
  private readonly checkpoints: Checkpoints<SimState>;
  private readonly interventions = new Map<number, Intervention[]>();
  private readonly untilMs: number;
  private atEnd = false;

  constructor(scenario: Scenario, seed: number, private readonly options: TimelineOptions = {}) {
    const budget = { ...DEFAULT_HISTORY_BUDGET, ...options.history };
    this.eventLog = new EventLog(budget.eventBytes) as unknown as BlockLog<EngineEvent[], string>;
    this.eventLog.onMissing((block) => this.replayBlock(block));
    this.checkpoints = new Checkpoints(CHECKPOINT_EVERY, budget.checkpoints);
    this.state = initialState(scenario, seed);
    this.untilMs = options.untilMs ?? scenario.durationMs;
    this.checkpoints.add(0, cloneState(this.state));
  }

  get stepCount(): number {
    return this.eventLog.length;
  }

  get currentStep(): number {
    return this.state.step;
  }

  get finished(): boolean {
    return this.atEnd && this.state.step === this.eventLog.length;
  }

  /** Plays one step from the live state; appends to the logs when it is a new step. */
  private advance(seekTarget?: number): PlayedStep | null {
    const played = playStep(this.state, this.untilMs);
    if (!played) {
      if (this.state.step === this.eventLog.length) this.atEnd = true;
      return null;
    }
    const s = played.step;
    if (s > this.eventLog.length) {
      this.eventLog.push(played.events);
      if (this.options.checkInvariants) {
        // The invariants a step can have broken are those its news names; row events add nothing.
        const violations = checkInvariantsAfter(this.state, newsOf(played.events));
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

  /** Replays the steps of a dropped block of events on a copy, and gives them back. */
  private replayBlock(block: number): void {
    const first = block * BLOCK + 1;
    const last = first + BLOCK - 1;
    const from = this.checkpoints.atOrBefore(first - 1);
    const state = cloneState(from.state);
    this.injectAt(state, from.step);
    const events: EngineEvent[][] = [];
    while (state.step < last) {
      const played = playStep(state, this.untilMs);
      if (!played) throw new Error(`replaying block ${block} ended at step ${state.step}, before ${last}`);
      if (played.step >= first) events.push(played.events);
      this.injectAt(state, played.step);
    }
    this.eventLog.restore(block, events);
  }

  stepForward(): StepRow | null {
    const played = this.advance();
    return played && renderStepRow(played.events);
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

  /** Rows of steps fromStep..toStep, rendered from their events. */
  rows(fromStep: number, toStep: number): StepRow[] {
    return this.eventLog.range(fromStep - 1, toStep).map(renderStepRow);
  }

  /** The events lessons and stories read, of steps fromStep..toStep: row events are left out. */
  events(fromStep: number, toStep: number): SimEvent[] {
    return this.eventLog.range(fromStep - 1, toStep).flatMap(newsOf);
  }

  /** What the history holds now: for the benchmarks and tests. */
  get historyHeld(): { checkpoints: number; visits: number; eventBytes: number; droppedBlocks: number } {
    return { checkpoints: this.checkpoints.size, visits: this.checkpoints.visitCount, eventBytes: this.eventLog.bytes, droppedBlocks: this.eventLog.droppedBlocks };
  }

  /** The engine's state, for the runner and tests only. */
  get raw(): SimState {
    return this.state;
  }
}
