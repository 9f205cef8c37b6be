// The checkpoints of time travel, within a budget of bytes (and a count): one every `every` steps
// while the budget lasts; past it the old ones thin out — the one closest to its neighbours goes —
// so they stay spread evenly over the whole run (no stretch is left far from one), the newest
// stretch stays dense (stepping back and forth near the present is instant), and an old step takes
// a longer replay to reach instead of the worker growing until it dies.
// What a checkpoint costs is measured, not guessed: the bytes it holds that the next one does not
// (history/stateBytes.ts) — what dropping it would free. What every checkpoint shares with the live
// state (a log, a list that only grows) is the cluster's, not the history's, and is not counted.
// So a quiet cluster affords many more checkpoints than a busy one.

export interface Checkpoint<S> {
  step: number;
  state: S;
}

export interface CheckpointBudget {
  /** Checkpoints kept at most (visits apart: VISITS_KEPT of them at most). */
  count: number;
  /** Bytes the checkpoints may hold, as `measure` counts them (visits included). */
  bytes: number;
}

/** Bytes `state` holds that `other` (a checkpoint next to it, if any) does not share. */
export type MeasureState<S> = (state: S, previous: S | undefined) => number;

interface Held<S> {
  state: S;
  bytes: number;
  /** The checkpoint its bytes were measured against (visits only; main ones use the next main one). */
  base?: number;
}

/**
 * The newest stretch keeps this share of the budget, never thinned. Small: a jump lands anywhere in
 * the run, and near the present stepping back leaves visits of its own.
 */
const DENSE_SHARE = 1 / 16;
/** And at most this share of the count of checkpoints. */
const DENSE_COUNT_SHARE = 1 / 4;
/** Visits (checkpoints a seek leaves before its target) may hold this share of the bytes, and this many. */
const VISIT_SHARE = 1 / 4;
const VISITS_KEPT = 512;
/**
 * Where a seek leaves visits in the stretch it replays before its target: far from it (up to
 * VISIT_REACH steps, the slider dragged around) one every VISIT_GAP steps; close to it (up to
 * FINE_REACH steps, the step-back button held) one every FINE_GAP steps, but only for a step back
 * (a seek at most FINE_REACH steps before the step it left). A jump or a drag would pay a packed
 * state for each of those, and a later seek may never use them; the first step back from there
 * replays at most VISIT_GAP steps and leaves them.
 */
export const VISIT_REACH = 2000;
const VISIT_GAP = 500;
export const FINE_REACH = 256;
const FINE_GAP = 64;

export class Checkpoints<S> {
  private readonly byStep = new Map<number, Held<S>>();
  /** Outside the thinning: a few left where seeks landed, the most recently made last. */
  private readonly visits = new Map<number, Held<S>>();
  /** Checkpoints are made only for steps past this one, so a replay never remakes a thinned one. */
  private frontier = 0;
  private mainBytes = 0;
  private visitBytes = 0;

  constructor(
    readonly every: number,
    private readonly budget: CheckpointBudget,
    private readonly measure: MeasureState<S> = () => 0,
  ) {
    if (budget.count < 1) throw new Error(`a timeline needs at least its first checkpoint, not ${budget.count}`);
  }

  get size(): number {
    return this.byStep.size;
  }

  get visitCount(): number {
    return this.visits.size;
  }

  /** Bytes all checkpoints hold, as measured (visits included). */
  get bytes(): number {
    return this.mainBytes + this.visitBytes;
  }

  /** Whether the step just played should be kept as a checkpoint. */
  wants(step: number): boolean {
    // A budget of one is step 0 alone: a run that is never sought (the headless runner).
    return this.budget.count > 1 && step > this.frontier && step % this.every === 0;
  }

  add(step: number, state: S): void {
    const before = this.mainBefore(step);
    // The one before now keeps alone only what changed by this step; this one, until a later one
    // comes, is counted by what changed since the one before.
    if (before) this.remeasure(before.step, state);
    const bytes = this.measure(state, before?.state);
    this.byStep.set(step, { state, bytes });
    this.mainBytes += bytes;
    this.frontier = Math.max(this.frontier, step);
    if (this.mainOverBudget()) this.thin();
  }

  /** A main checkpoint's bytes: what it holds that the next one (`next`) does not, or failing one, what it added. */
  private remeasure(step: number, next: S | undefined): void {
    const held = this.byStep.get(step)!;
    const bytes = next === undefined ? this.measure(held.state, this.mainBefore(step)?.state) : this.measure(held.state, next);
    this.mainBytes += bytes - held.bytes;
    held.bytes = bytes;
  }

  /** The latest checkpoint at or before `step` (step 0 is always there once added). */
  atOrBefore(step: number): Checkpoint<S> {
    let best = -1;
    for (const s of this.byStep.keys()) if (s <= step && s > best) best = s;
    for (const s of this.visits.keys()) if (s <= step && s > best) best = s;
    if (best < 0) throw new Error(`no checkpoint at or before step ${step}`);
    return { step: best, state: (this.byStep.get(best) ?? this.visits.get(best))!.state };
  }

  /**
   * Whether a seek to `target` replaying through `step` should leave a checkpoint there; `stepBack`:
   * whether the seek is a step back, which leaves the close-together ones too.
   */
  wantsVisit(step: number, target: number, stepBack = true): boolean {
    if (this.budget.count <= 1 || step > target || target - step >= VISIT_REACH) return false;
    const gap = stepBack && target - step < FINE_REACH ? FINE_GAP : VISIT_GAP;
    return step % gap === 0 && step - this.atOrBefore(step).step >= gap;
  }

  visit(step: number, state: S): void {
    const held: Held<S> = { state, bytes: 0 };
    this.measureVisit(step, held);
    this.visits.set(step, held);
    this.visitBytes += held.bytes;
    // A visit just before this one now shares with it what it shared with the one after.
    const before = this.atOrBefore(step - 1);
    const previous = this.visits.get(before.step);
    if (previous) this.measureVisit(before.step, previous);
    this.remeasureVisits();
    // The oldest made go first; one that was another's base leaves it holding more.
    while (this.visits.size > 0 && (this.visitBytes > this.budget.bytes * VISIT_SHARE || this.visits.size > VISITS_KEPT)) {
      const [oldest, old] = this.visits.entries().next().value!;
      this.visits.delete(oldest);
      this.visitBytes -= old.bytes;
      this.remeasureVisits();
    }
  }

  /** A visit's bytes: what it holds that the checkpoint after it does not (else, what it added to the one before). */
  private measureVisit(step: number, held: Held<S>): void {
    const next = this.after(step);
    const other = next ?? this.atOrBefore(step - 1);
    const bytes = this.measure(held.state, other.state);
    if (this.visits.get(step) === held) this.visitBytes += bytes - held.bytes;
    held.bytes = bytes;
    held.base = other.step;
  }

  /** The first checkpoint (or visit) after `step`. */
  private after(step: number): Checkpoint<S> | undefined {
    let best = Number.POSITIVE_INFINITY;
    for (const s of this.byStep.keys()) if (s > step && s < best) best = s;
    for (const s of this.visits.keys()) if (s > step && s < best) best = s;
    if (best === Number.POSITIVE_INFINITY) return undefined;
    return { step: best, state: (this.byStep.get(best) ?? this.visits.get(best))!.state };
  }

  /** An intervention at `step` rewrites the future: checkpoints after it are gone. */
  dropAfter(step: number): void {
    for (const [s, held] of [...this.byStep]) {
      if (s <= step) continue;
      this.byStep.delete(s);
      this.mainBytes -= held.bytes;
    }
    for (const [s, held] of [...this.visits]) {
      if (s <= step) continue;
      this.visits.delete(s);
      this.visitBytes -= held.bytes;
    }
    const newest = this.mainBefore(step + 1);
    if (newest) this.remeasure(newest.step, undefined);
    this.frontier = Math.min(this.frontier, step);
  }

  /** The main checkpoints keep within the budget less the visits' share, so a visit never thins them. */
  private mainOverBudget(): boolean {
    return this.byStep.size > this.budget.count || this.mainBytes > this.budget.bytes * (1 - VISIT_SHARE);
  }

  /** The main checkpoint before `step`. */
  private mainBefore(step: number): Checkpoint<S> | undefined {
    let best = -1;
    for (const s of this.byStep.keys()) if (s < step && s > best) best = s;
    return best < 0 ? undefined : { step: best, state: this.byStep.get(best)!.state };
  }

  private thin(): void {
    const steps = [...this.byStep.keys()].sort((a, b) => a - b);
    // The newest stretch (a share of the budget, in count and bytes) is never thinned; step 0 never goes.
    let dense = 0;
    for (let i = steps.length - 1, bytes = 0; i >= 1; i--) {
      bytes += this.byStep.get(steps[i])!.bytes;
      if (dense > 0 && (bytes > this.budget.bytes * DENSE_SHARE || dense >= this.budget.count * DENSE_COUNT_SHARE)) break;
      dense++;
    }
    const old = steps.slice(1, steps.length - dense);
    while (this.mainOverBudget() && old.length > 0) {
      // The one whose neighbours are closest goes (the oldest of equals): the gaps left stay even
      // across the run, so no stretch is far from a checkpoint.
      let pick = 0;
      let narrowest = Number.POSITIVE_INFINITY;
      for (let i = 0, at = 1; i < old.length; i++) {
        while (steps[at] !== old[i]) at++;
        const span = steps[at + 1] - steps[at - 1];
        if (span < narrowest) {
          narrowest = span;
          pick = i;
        }
      }
      this.drop(old[pick], steps);
      old.splice(pick, 1);
    }
    this.remeasureVisits();
  }

  /** Drops a main checkpoint; the one before now holds alone what it shared with it alone. */
  private drop(step: number, steps: number[]): void {
    const at = steps.indexOf(step);
    this.mainBytes -= this.byStep.get(step)!.bytes;
    this.byStep.delete(step);
    steps.splice(at, 1);
    if (at > 0) this.remeasure(steps[at - 1], this.byStep.get(steps[at])?.state);
  }

  /** Visits measured against a checkpoint that is gone hold alone what they shared with it. */
  private remeasureVisits(): void {
    for (const [s, held] of this.visits) {
      if (held.base === undefined || this.byStep.has(held.base) || this.visits.has(held.base)) continue;
      this.measureVisit(s, held);
    }
  }
}
