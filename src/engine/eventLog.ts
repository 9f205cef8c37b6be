// The events of a run, per step, kept compact like the rows (see rowLog.ts): every full block of
// steps is packed into one byte array and one string (history/packedSteps.ts). Reads unpack a block
// at a time and keep the last one, so walking a range (the worker's small moves, a lesson's whole
// run) unpacks each block once. A block holding a value the packer cannot restore exactly is kept
// as it is instead.
import { type BlockCodec, BlockLog } from './history/blockLog';
import { type PackedSteps, packedBytes, packSteps, unpackSteps } from './history/packedSteps';
import type { SimEvent } from './view.types';

type SealedEvents = PackedSteps | { kept: SimEvent[][]; bytes: number };

/** The steps as they are: an emitted event is never changed, so holding it is exact for any value. */
function kept(steps: readonly SimEvent[][]): SealedEvents {
  let bytes: number;
  try {
    bytes = JSON.stringify(steps).length * 2 + 64;
  } catch {
    bytes = steps.length * 512; // a bigint, say: no JSON measure, so a generous guess
  }
  return { kept: steps.slice(), bytes };
}

function eventCodec(): BlockCodec<SimEvent[], SealedEvents> {
  let decoded: { sealed: SealedEvents; steps: SimEvent[][] } | null = null;
  return {
    seal: (_firstIndex, steps) => packSteps(steps) ?? kept(steps),
    at(sealed, offset) {
      if ('kept' in sealed) return sealed.kept[offset];
      if (decoded?.sealed !== sealed) decoded = { sealed, steps: unpackSteps(sealed) as SimEvent[][] };
      return decoded.steps[offset];
    },
    bytes: (sealed) => ('kept' in sealed ? sealed.bytes : packedBytes(sealed)),
  };
}

export class EventLog extends BlockLog<SimEvent[], SealedEvents> {
  constructor(budgetBytes?: number) {
    super(eventCodec(), budgetBytes);
  }

  /** The events of the steps at 0-based indexes [from, to), in order. */
  slice(from: number, to: number): SimEvent[] {
    return this.range(from, to).flat();
  }
}
