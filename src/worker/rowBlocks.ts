// The rows the worker sends: whole aligned blocks (protocol/rowBlocks.ts), around the current step
// with every answer that moves the run, or any blocks the page asks for. The page holds only a
// bounded set of them; the engine keeps the rest.
import type { Simulation } from '../engine/api.types';
import { packRows, type RowChunk } from '../engine/rowChunk';
import { blockFirstStep, blockLastStep, windowBlocks } from '../protocol/rowBlocks';
import { type RowFilterSpec, rowFilter } from '../protocol/rowFilter';

/** Blocks one 'rows' request may ask for: a screen of filtered rows can come from this many blocks. */
export const MAX_BLOCKS_PER_REQUEST = 64;
/**
 * Rows one text search may scan, so a search over a long run answers in slices short enough (even
 * where the engine replays rows it evicted) that a click waits little behind one.
 */
export const MAX_FILTER_ROWS = 5_000;

/** A block's rows, packed; the run's last block may be partial, a block past the end is empty. */
export function blockChunk(sim: Simulation, block: number): RowChunk {
  const from = blockFirstStep(block);
  const to = blockLastStep(block, sim.stepCount);
  return packRows(from, to >= from ? sim.rows(from, to) : []);
}

/** The blocks around the current step the page does not hold whole (a partial block is never "held"). */
export function blocksAround(sim: Simulation, held: readonly number[] = []): RowChunk[] {
  const have = new Set(held);
  return windowBlocks(sim.currentStep, sim.stepCount)
    .filter((b) => !have.has(b))
    .map((b) => blockChunk(sim, b));
}

export function requestedBlocks(sim: Simulation, blocks: readonly number[]): RowChunk[] {
  const wanted = [...new Set(blocks)].filter((b) => Number.isInteger(b) && b >= 0 && blockFirstStep(b) <= sim.stepCount);
  return wanted.slice(0, MAX_BLOCKS_PER_REQUEST).map((b) => blockChunk(sim, b));
}

/** 0-based indexes of rows `from`..`to` (steps, clamped to the run and to MAX_FILTER_ROWS) passing the filter. */
export function filterRows(sim: Simulation, spec: RowFilterSpec, from: number, to: number): { from: number; to: number; indexes: number[] } {
  const first = Math.max(1, Math.floor(from));
  const last = Math.min(sim.stepCount, Math.floor(to), first + MAX_FILTER_ROWS - 1);
  const keep = rowFilter(spec.component, spec.search, spec.hideRoutine);
  const indexes: number[] = [];
  if (last >= first) for (const row of sim.rows(first, last)) if (!keep || keep(row)) indexes.push(row.step - 1);
  return { from: first, to: Math.max(first - 1, last), indexes };
}
