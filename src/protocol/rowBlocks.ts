// The execution table's rows travel in aligned blocks: block b holds steps b·ROW_BLOCK + 1 through
// (b + 1)·ROW_BLOCK (the run's last block may be shorter). The page keeps a bounded set of whole
// blocks around what it shows and asks for others by number, so its memory does not grow with the
// run; aligned blocks never overlap, so a block is either held whole or asked for again.

/** Rows per block: a table screen is a few dozen rows, so one or two blocks cover the current one. */
export const ROW_BLOCK = 256;

/**
 * When the current step is this close to the edge of its block, the neighbouring block travels with
 * it, so the rows the table shows above and below the current one are there at the same time.
 */
export const WINDOW_MARGIN = 64;

/** The block holding row `index` (0-based: step index + 1). */
export function blockOf(index: number): number {
  return Math.floor(index / ROW_BLOCK);
}

/** First step of a block. */
export function blockFirstStep(block: number): number {
  return block * ROW_BLOCK + 1;
}

/** Last step of a block in a run of `stepCount` steps (less than the first when the block is past the end). */
export function blockLastStep(block: number, stepCount: number): number {
  return Math.min((block + 1) * ROW_BLOCK, stepCount);
}

/** The blocks an answer at `step` carries so the rows around it can be shown: its own and a near neighbour. */
export function windowBlocks(step: number, stepCount: number): number[] {
  if (stepCount <= 0) return [];
  const index = Math.max(0, Math.min(step, stepCount) - 1);
  const block = blockOf(index);
  const blocks = [block];
  const offset = index - block * ROW_BLOCK;
  if (block > 0 && offset < WINDOW_MARGIN) blocks.unshift(block - 1);
  if (ROW_BLOCK - offset <= WINDOW_MARGIN && blockFirstStep(block + 1) <= stepCount) blocks.push(block + 1);
  return blocks;
}
