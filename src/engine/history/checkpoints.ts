// The checkpoints of time travel, within a budget: one every `every` steps while the budget lasts;
// past it the old ones thin out — every other one goes, oldest stretch first — so the newest
// stretch of the run stays dense (stepping back and forth near the present is instant) and an old
// step takes a longer replay to reach instead of the worker growing until it dies.

export interface Checkpoint<S> {
  step: number;
  state: S;
}

/** Checkpoints made where a seek landed in a thinned stretch, so dragging around there stays quick. */
const VISITS_KEPT = 8;

export class Checkpoints<S> {
  private readonly byStep = new Map<number, S>();
  /** Outside the budget's thinning: a few, the most recently made last. */
  private readonly visits = new Map<number, S>();
  /** Checkpoints are made only for steps past this one, so a replay never remakes a thinned one. */
  private frontier = 0;

  constructor(
    readonly every: number,
    private readonly max: number,
  ) {
    if (max < 1) throw new Error(`a timeline needs at least its first checkpoint, not ${max}`);
  }

  get size(): number {
    return this.byStep.size;
  }

  get visitCount(): number {
    return this.visits.size;
  }

  /** Whether the step just played should be kept as a checkpoint. */
  wants(step: number): boolean {
    // A budget of one is step 0 alone: a run that is never sought (the headless runner).
    return this.max > 1 && step > this.frontier && step % this.every === 0;
  }

  add(step: number, state: S): void {
    this.byStep.set(step, state);
    this.frontier = Math.max(this.frontier, step);
    if (this.byStep.size > this.max) this.thin();
  }

  /** The latest checkpoint at or before `step` (step 0 is always there once added). */
  atOrBefore(step: number): Checkpoint<S> {
    let best = -1;
    for (const s of this.byStep.keys()) if (s <= step && s > best) best = s;
    for (const s of this.visits.keys()) if (s <= step && s > best) best = s;
    if (best < 0) throw new Error(`no checkpoint at or before step ${step}`);
    return { step: best, state: this.byStep.get(best) ?? this.visits.get(best)! };
  }

  /** Whether a seek replaying through `step` should leave a checkpoint there (none within 4 × every). */
  wantsVisit(step: number): boolean {
    return this.max > 1 && step % this.every === 0 && step <= this.frontier && step - this.atOrBefore(step).step >= 4 * this.every;
  }

  visit(step: number, state: S): void {
    this.visits.set(step, state);
    for (const s of this.visits.keys()) {
      if (this.visits.size <= VISITS_KEPT) break;
      this.visits.delete(s);
    }
  }

  /** An intervention at `step` rewrites the future: checkpoints after it are gone. */
  dropAfter(step: number): void {
    for (const s of [...this.byStep.keys()]) if (s > step) this.byStep.delete(s);
    for (const s of [...this.visits.keys()]) if (s > step) this.visits.delete(s);
    this.frontier = Math.min(this.frontier, step);
  }

  private thin(): void {
    // The newest quarter is never thinned; step 0 never goes.
    const steps = [...this.byStep.keys()].sort((a, b) => a - b);
    const old = steps.slice(1, steps.length - Math.max(1, Math.floor(this.max / 4)));
    while (this.byStep.size > this.max && old.length > 0) {
      const level = Math.min(...old.map((s) => this.level(s)));
      for (let i = old.length - 1; i >= 0; i--) {
        if (this.level(old[i]) !== level) continue;
        this.byStep.delete(old[i]);
        old.splice(i, 1);
      }
    }
  }

  /** How many times the checkpoint's index halves evenly: thinning drops the lowest level first. */
  private level(step: number): number {
    let index = step / this.every;
    let level = 0;
    while (index > 0 && index % 2 === 0) {
      index /= 2;
      level++;
    }
    return level;
  }
}
