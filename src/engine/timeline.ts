// Time travel the RaftScope way, made fast: a checkpoint every CHECKPOINT_EVERY steps plus replay.
// Checkpoints share logs (see SharedLog). An intervention at step s is recorded in the command log
// and discards everything after s; replaying through s applies it again, so every seek is exact.
// History has a memory budget (HistoryBudget): checkpoints are packed into bytes (history/
// packedState.ts), old ones thin out and old blocks of events are dropped, then replayed from a
// checkpoint when something reads them again — by the seek itself when it lands in one, so a seek
// to an old step replays once, not twice. Only events are stored: the execution table's rows are
// rendered from them when read (rows/).
import type { Scenario } from '../scenario/types';
import type { Intervention, Simulation } from './api.types';
import { cloneState } from './core/clone';
import { dropStaleTimers, schedule } from './core/context';
import { initialState } from './core/init';
import type { SimState } from './core/state';
import { type PlayedStep, playStep } from './core/step';
import { checkInvariantsAfter } from './check/invariants';
import type { ClusterView, SimEvent, StepRow } from './view.types';
import { EventLog } from './eventLog';
import { BLOCK, type BlockLog } from './history/blockLog';
import { type EngineEvent, isRowEvent } from './rowEvents';
import { Checkpoints, FINE_REACH } from './history/checkpoints';
import { FORGET_EVERY, forgetOldSends } from './producer/oldSends';
import { type PackedState, packedStateBytes, StatePacker } from './history/packedState';
import { uniqueBytes } from './history/stateBytes';
import { ArchivedList } from './history/recordArchive';
import { SendArchives } from './sendArchives';
import { renderStepRow } from './rows';
import { buildView } from './view';
import type { ViewWindow } from './viewWindow';

/**
 * Replaying this many steps stays well under the 50 ms seek goal even while records flow. Past the
 * newest stretch the budget, not this, sets the spacing: a packed checkpoint costs its bytes however
 * close the one before it is.
 */
export const CHECKPOINT_EVERY = 250;

/** Rows the page shows either side of the current step (protocol/rowBlocks.ts): a seek restores their events too. */
const ROWS_AROUND = 64;

/** A seek replaying this few steps leaves no checkpoints behind: it is cheap to repeat. */
const SHORT_REPLAY = 32;

/** What the history of a run may hold; past it, old history is replayed when read instead of kept. */
export interface HistoryBudget {
  /** Checkpoints kept at most (the newest stretch stays dense; older ones thin out). */
  checkpoints: number;
  /** Bytes the checkpoints may hold beyond what they share (history/stateBytes.ts measures them). */
  checkpointBytes: number;
  /** Bytes of packed events (and so of execution-table rows, rendered from them) kept. */
  eventBytes: number;
}

const MiB = 1 << 20;

/**
 * 40 MiB of checkpoints and 36 MiB of events. A 5-broker cluster's checkpoint, packed, holds alone
 * about 21 KB (16 KB of packed fields, its unsettled sends, the wrappers of the lists it shares:
 * lists that only grow are shared, settled sends archived once), so that is some 1,500 checkpoints:
 * a sixteenth of the bytes for the newest stretch, a quarter for visits where seeks landed, the rest
 * spread evenly over the run (at 5M steps, one every ~3,300 steps). The events hold tens of thousands of steps, far
 * more than the page's window around the current step. Smaller is not only less memory: the
 * worker's collector pauses shrink with its heap.
 */
export const DEFAULT_HISTORY_BUDGET: HistoryBudget = { checkpoints: 4096, checkpointBytes: 40 * MiB, eventBytes: 36 * MiB };

export interface TimelineOptions {
  /** Check the engine's invariants after every step (tests and dev builds). */
  checkInvariants?: boolean;
  /** Stop the run here instead of at the scenario's durationMs. */
  untilMs?: number;
  /** How much history to keep; DEFAULT_HISTORY_BUDGET where a field is not given. */
  history?: Partial<HistoryBudget>;
  /** Keep only each producer's newest this many sends; all when not given (the runner's output lists them all). See producer/oldSends.ts. */
  sendsKept?: number;
  /**
   * Emit row events (the default): the execution table's rows are rendered from them. Without them
   * (the headless runner, when it writes no trace) the busiest rules skip building them; the run's
   * state and its other events are the same, and its rows are not to be read.
   */
  rowEvents?: boolean;
}

/** What a packed checkpoint holds alone: its bytes, and what its containers do not share with `other`'s. */
function packedBytes(packed: PackedState, other: PackedState | undefined): number {
  let bytes = packedStateBytes(packed);
  // Containers pair up by their place in the state (a producer's sends with its sends).
  const byPath = new Map<number, unknown>();
  if (other) for (let i = 0; i < other.shared.length; i++) byPath.set(other.sharedPaths[i], other.shared[i]);
  for (let i = 0; i < packed.shared.length; i++) {
    const c = packed.shared[i];
    bytes += c instanceof ArchivedList ? c.bytes : uniqueBytes(c, byPath.get(packed.sharedPaths[i]));
  }
  return bytes;
}

/** Every object in a frozen value (the scenario). */
function reachable(root: unknown): WeakSet<object> {
  const seen = new WeakSet<object>();
  const walk = (v: unknown): void => {
    if (v === null || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    for (const key in v) walk((v as Record<string, unknown>)[key]);
  };
  walk(root);
  return seen;
}

/** The events lessons read (row events left out). */
function newsOf(events: readonly EngineEvent[]): SimEvent[] {
  return events.filter((e): e is SimEvent => !isRowEvent(e));
}

export class Timeline implements Simulation {
  private state: SimState;
  /** Every event of every step, row events too (EventLog stores them whatever their type). */
  private readonly eventLog: BlockLog<EngineEvent[], string>;
  /** Checkpoints are packed (history/packedState.ts): a few bytes a field instead of an object each. */
  private readonly checkpoints: Checkpoints<PackedState>;
  private readonly packer: StatePacker;
  /**
   * Settled sends packed once for every checkpoint, when old sends are let go (options.sendsKept).
   * Outside the checkpoints' budget: it grows with the run by some 26 bytes a send, as the cluster's
   * logs grow with its records; counted in, a run of tens of millions of steps would leave it no
   * room for checkpoints at all.
   */
  private readonly sendArchives: SendArchives | null;
  private readonly interventions = new Map<number, Intervention[]>();
  private readonly untilMs: number;
  private atEnd = false;
  /** A dropped block of events a replay entered at its first step: collected to restore it on the way. */
  private collecting: { block: number; events: EngineEvent[][] } | null = null;
  /**
   * A seek restores only the blocks it shows (from this one on): the dropped blocks its replay
   * passes before them would be packed only to push others out of the budget, unread.
   */
  private collectFrom = 0;
  /** Steps played again (seeks and block replays), for the benchmarks and tests. */
  private replayed = 0;

  constructor(scenario: Scenario, seed: number, private readonly options: TimelineOptions = {}) {
    const budget = { ...DEFAULT_HISTORY_BUDGET, ...options.history };
    this.eventLog = new EventLog(budget.eventBytes) as unknown as BlockLog<EngineEvent[], string>;
    this.eventLog.onMissing((block) => this.replayBlock(block));
    this.checkpoints = new Checkpoints<PackedState>(CHECKPOINT_EVERY, { count: budget.checkpoints, bytes: budget.checkpointBytes }, packedBytes);
    this.state = initialState(scenario, seed, options.rowEvents ?? true);
    // The scenario (frozen, shared by every state) is kept by reference, never packed.
    const scenarioParts = reachable(this.state.scenario);
    this.packer = new StatePacker((o) => scenarioParts.has(o));
    this.sendArchives = options.sendsKept === undefined ? null : new SendArchives(this.state, this.packer);
    this.untilMs = options.untilMs ?? scenario.durationMs;
    this.checkpoints.add(0, this.pack());
  }

  /** The live state packed for a checkpoint; its sends stand in as archived lists when old ones are let go. */
  private pack(): PackedState {
    const packed = this.packer.pack(this.state);
    this.sendArchives?.stand(this.state, packed);
    return packed;
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
  private advance(seek?: { target: number; stepBack: boolean }): PlayedStep | null {
    const played = playStep(this.state, this.untilMs);
    if (!played) {
      if (this.state.step === this.eventLog.length) this.atEnd = true;
      return null;
    }
    const s = played.step;
    const isNew = s > this.eventLog.length;
    if (!isNew) {
      this.replayed++;
      this.collect(s, played.events);
    } else {
      this.eventLog.push(played.events);
      if (this.options.checkInvariants) {
        // The invariants a step can have broken are those its news names (row events are skipped there).
        const violations = checkInvariantsAfter(this.state, played.events);
        // Indexed: the list is nearly always the shared frozen empty one, and V8 walks a frozen array slowly with for-of.
        for (let i = 0; i < violations.length; i++) this.state.checker.invariantViolations.push(`step ${s}: ${violations[i]}`);
      }
    }
    const keep = this.options.sendsKept;
    const forgets = keep !== undefined && s % FORGET_EVERY === 0;
    const checkpoint = this.checkpoints.wants(s);
    // Sends that settled are archived before they can be let go, and before a checkpoint is packed.
    if (isNew && (forgets || checkpoint)) this.sendArchives?.extend(this.state);
    // Before a checkpoint is packed, so a replay from any checkpoint lets the same ones go at the same steps.
    if (forgets) forgetOldSends(this.state, keep);
    // Checkpoints hold the state before that step's interventions; restoring re-injects them.
    // Stale timers (replaced or cancelled, skipped when due) are dropped first: a third of a packed
    // state's bytes otherwise.
    if (checkpoint) {
      dropStaleTimers(this.state);
      this.checkpoints.add(s, this.pack());
    } else if (seek && this.checkpoints.wantsVisit(s, seek.target, seek.stepBack)) {
      // A seek leaves checkpoints before its target where there are none: stepping back and
      // scrubbing around there stays quick.
      dropStaleTimers(this.state);
      this.checkpoints.visit(s, this.pack());
    }
    this.injectAt(this.state, s);
    return played;
  }

  private injectAt(state: SimState, step: number): void {
    // Called after every step, nearly always with none: no empty list is made for them.
    const actions = this.interventions.get(step);
    if (actions) for (const action of actions) schedule(state, state.timeMs, { kind: 'intervention', action }, 0);
  }

  /** A replayed step's events: a dropped block replayed from its first step is restored on the way. */
  private collect(step: number, events: EngineEvent[]): void {
    const index = step - 1;
    const block = Math.floor(index / BLOCK);
    if (block < this.collectFrom || !this.eventLog.dropped(block)) {
      this.collecting = null;
      return;
    }
    if (index % BLOCK === 0) this.collecting = { block, events: [] };
    else if (this.collecting?.block !== block) return;
    this.collecting.events.push(events);
    if (this.collecting.events.length === BLOCK) {
      this.eventLog.restore(block, this.collecting.events);
      this.collecting = null;
    }
  }

  /** Replays the steps of a dropped block of events on a copy, and gives them back. */
  private replayBlock(block: number): void {
    const from = this.checkpoints.atOrBefore(block * BLOCK);
    const state = this.packer.unpack<SimState>(from.state);
    this.injectAt(state, from.step);
    this.playOn(state, block, []);
  }

  /** Plays a copy of the state on to the end of `block`, collecting its events, and restores the block. */
  private playOn(state: SimState, block: number, events: EngineEvent[][]): void {
    const first = block * BLOCK + 1;
    const last = first + BLOCK - 1;
    while (state.step < last) {
      const played = playStep(state, this.untilMs);
      if (!played) throw new Error(`replaying block ${block} ended at step ${state.step}, before ${last}`);
      this.replayed++;
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
    // The target's events are read next (its row, the rows around it): when their blocks were
    // dropped, the replay starts before the first one and restores them on the way, one replay in all.
    const index = target - 1;
    const block = Math.floor(index / BLOCK);
    const log = this.eventLog;
    const back = target > 0 && index - block * BLOCK < ROWS_AROUND && log.dropped(block - 1);
    const restoring = target > 0 && (log.dropped(block) || back);
    const startBy = restoring ? Math.min(target, (back ? block - 1 : block) * BLOCK) : target;
    const base = this.checkpoints.atOrBefore(startBy);
    const left = this.state.step;
    if (this.state.step > startBy || base.step > this.state.step) {
      this.state = this.packer.unpack<SimState>(base.state);
      this.injectAt(this.state, base.step);
      this.collecting = null;
    }
    // A short replay (playback through history, a step or so at a time) leaves no visits behind.
    const stepBack = target < left && left - target <= FINE_REACH;
    const visitsFor = target - this.state.step > SHORT_REPLAY ? { target, stepBack } : undefined;
    this.collectFrom = back ? block - 1 : block;
    try {
      while (this.state.step < target) if (!this.advance(visitsFor)) break;
    } finally {
      // Stepping forward from here restores what it passes: its rows are read as it goes.
      this.collectFrom = 0;
    }
    // The rest of the block, and the next one when the rows around reach into it: played on a
    // copy, so the live state stays at the target.
    let ahead: SimState | null = null;
    const collected = this.collecting;
    if (collected?.block === block && log.dropped(block)) {
      this.collecting = null;
      ahead = cloneState(this.state);
      this.playOn(ahead, block, collected.events);
    }
    if (target > 0 && (block + 1) * BLOCK - index <= ROWS_AROUND && log.dropped(block + 1)) {
      ahead ??= cloneState(this.state);
      this.playOn(ahead, block + 1, []);
    }
  }

  /** Plays on until the run's end (or a bound on steps); returns the steps played. */
  runToEnd(maxSteps = Number.POSITIVE_INFINITY): number {
    let n = 0;
    while (n < maxSteps && this.advance()) n++;
    return n;
  }

  intervene(action: Intervention): void {
    const at = this.state.step;
    this.collecting = null;
    this.eventLog.truncate(at);
    this.checkpoints.dropAfter(at);
    this.sendArchives?.truncate(this.state);
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

  /** Every event of steps fromStep..toStep, row events too, a list per step: what the history holds (benchmarks, tests). */
  storedEvents(fromStep: number, toStep: number): EngineEvent[][] {
    return this.eventLog.range(fromStep - 1, toStep);
  }

  /** What the history holds now: for the benchmarks and tests. */
  get historyHeld(): { checkpoints: number; visits: number; checkpointBytes: number; archivedSendBytes: number; eventBytes: number; droppedBlocks: number; replayedSteps: number } {
    const c = this.checkpoints;
    const log = this.eventLog;
    const archivedSendBytes = this.sendArchives?.bytes ?? 0;
    return { checkpoints: c.size, visits: c.visitCount, checkpointBytes: c.bytes, archivedSendBytes, eventBytes: log.bytes, droppedBlocks: log.droppedBlocks, replayedSteps: this.replayed };
  }

  /** The engine's state, for the runner and tests only. */
  get raw(): SimState {
    return this.state;
  }
}
