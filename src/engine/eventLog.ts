// The events of a run, per step, kept compact like the rows (see rowLog.ts): every full block of
// steps is sealed into one JSON string. Reads decode a block at a time and keep the last one, so
// walking a range (the worker's small moves, a lesson's whole run) decodes each block once.
import { type BlockCodec, BlockLog } from './history/blockLog';
import type { SimEvent } from './view.types';

function eventCodec(): BlockCodec<SimEvent[], string> {
  let decoded: { json: string; steps: SimEvent[][] } | null = null;
  return {
    seal: (_firstIndex, steps) => JSON.stringify(steps),
    at(json, offset) {
      if (decoded?.json !== json) decoded = { json, steps: JSON.parse(json) as SimEvent[][] };
      return decoded.steps[offset];
    },
    bytes: (json) => json.length * 2 + 64,
  };
}

export class EventLog extends BlockLog<SimEvent[], string> {
  constructor(budgetBytes?: number) {
    super(eventCodec(), budgetBytes);
  }

  /** The events of the steps at 0-based indexes [from, to), in order. */
  slice(from: number, to: number): SimEvent[] {
    return this.range(from, to).flat();
  }
}
