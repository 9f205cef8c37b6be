import { describe, expect, it } from 'vitest';
import { BLOCK, type BlockCodec, BlockLog } from './blockLog';

// A codec over numbers: a block is sealed as a JSON string of 1,024 numbers (about 5 KB).
const numbers: BlockCodec<number, string> = {
  seal: (_first, items) => JSON.stringify(items),
  at: (json, offset) => (JSON.parse(json) as number[])[offset],
  bytes: (json) => json.length * 2,
};
const valueAt = (i: number) => i * 7 + 1;

function filled(blocks: number, budgetBytes: number) {
  const log = new BlockLog(numbers, budgetBytes);
  const replayed: number[] = [];
  log.onMissing((block) => {
    replayed.push(block);
    log.restore(block, Array.from({ length: BLOCK }, (_, k) => valueAt(block * BLOCK + k)));
  });
  for (let i = 0; i < blocks * BLOCK + 10; i++) log.push(valueAt(i));
  return { log, replayed };
}

describe('BlockLog', () => {
  it('with no budget (the headless runner) packs nothing, and still gives any value back by replay', () => {
    let seals = 0;
    const counting: BlockCodec<number, string> = { ...numbers, seal: (first, items) => {
      seals++;
      return numbers.seal(first, items);
    } };
    const log = new BlockLog(counting, 0);
    log.onMissing((block) => log.restore(block, Array.from({ length: BLOCK }, (_, k) => valueAt(block * BLOCK + k))));
    for (let i = 0; i < 3 * BLOCK + 5; i++) log.push(valueAt(i));
    expect(seals).toBe(0);
    expect(log.length).toBe(3 * BLOCK + 5);
    expect(log.get(BLOCK + 3)).toBe(valueAt(BLOCK + 3));
    expect(log.get(3 * BLOCK + 4)).toBe(valueAt(3 * BLOCK + 4));
  });

  it('keeps within its budget by dropping the least recently read blocks, never the newest two', () => {
    const oneBlock = JSON.stringify(Array.from({ length: BLOCK }, (_, k) => valueAt(k))).length * 2;
    const { log } = filled(20, oneBlock * 4.5);
    expect(log.bytes).toBeLessThanOrEqual(oneBlock * 5);
    expect(log.droppedBlocks).toBeGreaterThanOrEqual(15);
    expect(log.holds(19)).toBe(true);
    expect(log.holds(18)).toBe(true);
    expect(log.holds(0)).toBe(false);
  });

  it('drops the block read least recently, however often and in whatever order blocks were read', () => {
    // Every block 1,000 bytes, room for four: the newest two (18, 19) and two more.
    const log = new BlockLog<number, string>({ ...numbers, bytes: () => 1000 }, 4500);
    const replayed: number[] = [];
    log.onMissing((block) => {
      replayed.push(block);
      log.restore(block, Array.from({ length: BLOCK }, (_, k) => valueAt(block * BLOCK + k)));
    });
    for (let i = 0; i < 20 * BLOCK + 10; i++) log.push(valueAt(i));
    log.range(3 * BLOCK, 4 * BLOCK); // block 3 replayed and held
    log.range(5 * BLOCK, 6 * BLOCK); // block 5 too
    log.get(3 * BLOCK + 7); // block 3 read again: now 5 is the least recently read
    log.get(3 * BLOCK + 8);
    log.get(7 * BLOCK); // block 7 pushes one out: 5, not 3
    expect(replayed).toEqual([3, 5, 7]);
    expect(log.holds(3)).toBe(true);
    expect(log.holds(5)).toBe(false);
    expect(log.holds(7)).toBe(true);
  });

  it('gives back a dropped value by asking for its block to be replayed, then holds it again', () => {
    const { log, replayed } = filled(20, 40_000);
    expect(log.get(5)).toBe(valueAt(5));
    expect(replayed).toEqual([0]);
    expect(log.holds(0)).toBe(true);
    expect(log.get(6)).toBe(valueAt(6));
    expect(replayed).toEqual([0]);
    expect(log.range(3 * BLOCK - 2, 3 * BLOCK + 2)).toEqual([-2, -1, 0, 1].map((d) => valueAt(3 * BLOCK + d)));
  });

  it('truncates into a dropped block by replaying it first', () => {
    const { log } = filled(20, 40_000);
    log.truncate(2 * BLOCK + 5);
    expect(log.length).toBe(2 * BLOCK + 5);
    expect(log.get(2 * BLOCK + 4)).toBe(valueAt(2 * BLOCK + 4));
    log.push(-1);
    expect(log.get(2 * BLOCK + 5)).toBe(-1);
  });

  it('without a replayer it never drops anything, whatever the budget', () => {
    const log = new BlockLog(numbers, 0);
    for (let i = 0; i < 5 * BLOCK; i++) log.push(valueAt(i));
    expect(log.droppedBlocks).toBe(0);
    expect(log.get(0)).toBe(valueAt(0));
  });
});
