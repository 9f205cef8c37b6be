// Time travel the RaftScope way, made fast: a checkpoint every CHECKPOINT_EVERY steps plus replay.
// Checkpoints share logs (see SharedLog). An intervention at step s is recorded in the command log
// and discards everything after s; replaying through s applies it again, so every seek is exact.
import type { Scenario } from '../scenario/types';
import type { Intervention, Simulation } from './api.types';
import { cloneState, snapshotState } from './core/clone';
import { dropStaleTimers, schedule } from './core/context';
import { initialState } from './core/init';
import type { SimState } from './core/state';
import { type PlayedStep, playStep } from './core/step';
import { checkInvariants } from './check/invariants';
import type { ClusterView, SimEvent, StepRow } from './view.types';
import { EventLog } from './eventLog';
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

export interface TimelineOptions {
  /** Check the engine's invariants after every step (tests and dev builds). */
  checkInvariants?: boolean;
  /** Stop the run here instead of at the scenario's durationMs. */
  untilMs?: number;
}

export class Timeline implements Simulation {
  private state: SimState;
  private readonly rowLog = new RowLog();
  private readonly eventLog = new EventLog();
  private readonly checkpoints = new Map<number, SimState>();
  private readonly interventions = new Map<number, Intervention[]>();
  private readonly untilMs: number;
  private atEnd = false;

  constructor(scenario: Scenario, seed: number, private readonly options: TimelineOptions = {}) {
    this.state = initialState(scenario, seed);
    this.untilMs = options.untilMs ?? scenario.durationMs;
    this.checkpoints.set(0, cloneState(this.state));
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
  private advance(): PlayedStep | null {
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
        const violations = checkInvariants(this.state);
        for (const v of violations) this.state.checker.invariantViolations.push(`step ${s}: ${v}`);
      }
    }
    // Checkpoints hold the state before that step's interventions; restoring re-injects them.
    if (s % CHECKPOINT_EVERY === 0 && !this.checkpoints.has(s)) {
      dropStaleTimers(this.state);
      this.checkpoints.set(s, snapshotState(this.state, this.checkpoints.get(s - CHECKPOINT_EVERY)));
    }
    for (const action of this.interventions.get(s) ?? []) this.inject(action);
    return played;
  }

  private inject(action: Intervention): void {
    schedule(this.state, this.state.timeMs, { kind: 'intervention', action }, 0);
  }

  stepForward(): StepRow | null {
    return this.advance()?.row ?? null;
  }

  seek(step: number): void {
    const target = Math.max(0, Math.floor(step));
    let base = 0;
    for (const s of this.checkpoints.keys()) if (s <= target && s > base) base = s;
    if (target < this.state.step || base > this.state.step) {
      this.state = cloneState(this.checkpoints.get(base)!);
      for (const action of this.interventions.get(base) ?? []) this.inject(action);
    }
    while (this.state.step < target) if (!this.advance()) break;
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
    for (const s of [...this.checkpoints.keys()]) if (s > at) this.checkpoints.delete(s);
    for (const s of [...this.interventions.keys()]) if (s > at) this.interventions.delete(s);
    this.interventions.set(at, [...(this.interventions.get(at) ?? []), action]);
    this.atEnd = false;
    this.inject(action);
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

  /** The engine's state, for the runner and tests only. */
  get raw(): SimState {
    return this.state;
  }
}
