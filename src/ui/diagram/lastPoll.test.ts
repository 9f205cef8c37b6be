import { describe, expect, it } from 'vitest';
import { lastPoll, lastPollText } from './lastPoll';

const rec = (offset: number, key: string | null, atMs: number) => ({ topic: 'orders', partition: 0, offset, key, value: `v${offset}`, atMs });

describe('lastPoll', () => {
  it('keeps the records received at the newest time', () => {
    const got = lastPoll({ received: [rec(0, 'a', 10), rec(1, 'b', 20), rec(2, 'c', 20)] });
    expect(got.map((r) => r.offset)).toEqual([1, 2]);
  });
  it('is empty before any record arrives', () => {
    expect(lastPoll({ received: [] })).toEqual([]);
    expect(lastPollText([], 30)).toBe('nothing yet');
  });
  it('says how many records and which, cut to the room there is', () => {
    expect(lastPollText([rec(4, 'alice', 1), rec(5, null, 1)], 40)).toBe('2 records: 4 alice, 5 ∅');
    expect(lastPollText([rec(4, 'alice', 1), rec(5, 'bob', 1), rec(6, 'carol', 1)], 26)).toBe('3 records: 4 alice, 5 bob …');
  });
});
