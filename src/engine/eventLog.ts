// The events of a run, per step, kept compact like the rows (see rowLog.ts): every full block of
// steps is sealed into one JSON string. Reads decode a block at a time and keep the last one, so
// walking a range (the worker's small moves, a lesson's whole run) decodes each block once.
import type { SimEvent } from './view.types';

const BLOCK = 1024;

export class EventLog {
  private readonly sealed: string[] = [];
  private open: SimEvent[][] = [];
  private cache: { block: number; steps: SimEvent[][] } | null = null;

  get length(): number {
    return this.sealed.length * BLOCK + this.open.length;
  }

  /** Appends the events of the next step. */
  push(events: SimEvent[]): void {
    this.open.push(events);
    if (this.open.length === BLOCK) {
      this.sealed.push(JSON.stringify(this.open));
      this.open = [];
    }
  }

  /** The events of the steps at 0-based indexes [from, to), in order. */
  slice(from: number, to: number): SimEvent[] {
    const out: SimEvent[] = [];
    for (let i = Math.max(0, from); i < Math.min(to, this.length); i++) out.push(...this.stepAt(i));
    return out;
  }

  /** Keeps the events of the first n steps (an intervention rewrites the future). */
  truncate(n: number): void {
    if (n >= this.length) return;
    const keepBlocks = Math.floor(n / BLOCK);
    const tail: SimEvent[][] = [];
    for (let i = keepBlocks * BLOCK; i < n; i++) tail.push(this.stepAt(i));
    this.sealed.length = Math.min(this.sealed.length, keepBlocks);
    this.open = tail;
    this.cache = null;
  }

  private stepAt(i: number): SimEvent[] {
    const b = Math.floor(i / BLOCK);
    if (b >= this.sealed.length) return this.open[i - b * BLOCK];
    if (this.cache?.block !== b) this.cache = { block: b, steps: JSON.parse(this.sealed[b]) as SimEvent[][] };
    return this.cache.steps[i % BLOCK];
  }
}
