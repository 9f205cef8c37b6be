// Reads rows of the open run straight from the engine worker, block by block, whatever the page
// holds: for the determinism test's hook, which compares every row with Node's run.
import { chunkRow } from '../engine/rowChunk';
import type { StepRow } from '../engine/view.types';
import type { FromEngine } from '../protocol/messages';
import { blockOf } from '../protocol/rowBlocks';
import type { EngineClient } from './engineClient';

/** Blocks asked for per request (the worker answers at most 64). */
const BLOCKS_PER_REQUEST = 32;

export async function readRows(client: EngineClient, stepCount: number): Promise<StepRow[]> {
  const out: StepRow[] = [];
  const lastBlock = stepCount > 0 ? blockOf(stepCount - 1) : -1;
  for (let first = 0; first <= lastBlock; first += BLOCKS_PER_REQUEST) {
    const blocks = Array.from({ length: Math.min(BLOCKS_PER_REQUEST, lastBlock - first + 1) }, (_, i) => first + i);
    const answer = await ask(client, blocks);
    for (const chunk of answer) for (let i = 0; i < chunk.count && chunk.from + i <= stepCount; i++) out.push(chunkRow(chunk, i));
  }
  return out;
}

function ask(client: EngineClient, blocks: number[]): Promise<Extract<FromEngine, { type: 'rowBlocks' }>['blocks']> {
  return new Promise((resolve, reject) => {
    let id = -1;
    const stop = client.subscribe((msg) => {
      if (msg.replyTo !== id) return;
      stop();
      if (msg.type === 'rowBlocks') resolve(msg.blocks);
      else reject(new Error(msg.type === 'error' ? msg.message : `unexpected answer ${msg.type}`));
    });
    id = client.request({ type: 'rows', blocks });
  });
}
