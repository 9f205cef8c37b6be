// The timeline's archives of settled sends, one per producer (history/recordArchive.ts): a page that
// lets old sends go (TimelineOptions.sendsKept) has checkpoints far apart holding different ones, so
// each checkpoint's list of sends stands in as an ArchivedList, its settled sends read from here.
// The archive grows only as new steps are played (before old sends are let go, and before a
// checkpoint is packed); a replayed state may have settled sends it does not hold yet, which its
// checkpoint then packs as its own (ArchivedList.of reads from the archive only what it holds).
import type { SimState } from './core/state';
import type { CowArray } from './core/cowArray';
import type { PackedState, StatePacker } from './history/packedState';
import { ArchivedList, RecordArchive } from './history/recordArchive';
import { settledSends } from './producer/oldSends';

export class SendArchives {
  private readonly archives: RecordArchive[];
  /** The packer's number of each producer's path to its sends. */
  private readonly paths: number[];

  constructor(state: SimState, packer: StatePacker) {
    this.archives = state.producers.map(() => new RecordArchive());
    this.paths = state.producers.map((_, i) => packer.pathId(`producers/${i}/sends`));
  }

  /** Bytes the archives hold. */
  get bytes(): number {
    let bytes = 0;
    for (const a of this.archives) bytes += a.bytes;
    return bytes;
  }

  /** Archives the sends of the live state (at a new step) settled since the last time. */
  extend(state: SimState): void {
    state.producers.forEach((p, i) => {
      const archive = this.archives[i];
      const settled = settledSends(p);
      for (let k = archive.length; k < settled; k++) archive.append(p.sends.get(k));
    });
  }

  /** A run forked at the live state's step: what settled after it is forgotten. */
  truncate(state: SimState): void {
    state.producers.forEach((p, i) => {
      this.archives[i].truncate(settledSends(p));
    });
  }

  /** In a state just packed, each producer's sends stand in as an ArchivedList. */
  stand(state: SimState, packed: PackedState): void {
    state.producers.forEach((p, i) => {
      const at = packed.sharedPaths.indexOf(this.paths[i]);
      if (at < 0) return;
      packed.shared[at] = ArchivedList.of(packed.shared[at] as CowArray<unknown>, this.archives[i], settledSends(p));
    });
  }
}
