import { describe, expect, it } from 'vitest';
import { lastPoll, lastPollText, lastPollWords } from './lastPoll';

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
  it('says how many records and which: as many whole ones as fit, and how many more', () => {
    expect(lastPollText([rec(4, 'alice', 1), rec(5, null, 1)], 40)).toBe('2 records: 4 alice, 5 ∅');
    const three = [rec(4, 'alice', 1), rec(5, 'bob', 1), rec(6, 'carol', 1)];
    expect(lastPollText(three, 40)).toBe('3 records: 4 alice, 5 bob, 6 carol');
    expect(lastPollText(three, 33)).toBe('3 records: 4 alice, 5 bob +1 more');
    expect(lastPollText(three, 26)).toBe('3 records: 4 alice +2 more');
    // However little room: never a cut word.
    expect(lastPollWords(three, 10)).toEqual({ head: '3 records', shown: [], more: 0 });
    expect(lastPollText([rec(7, 'a-very-long-key-indeed', 1)], 20)).toBe('1 record');
    // Records without keys: just their offsets.
    expect(lastPollText([rec(3, null, 1), rec(4, null, 1), rec(5, null, 1)], 20)).toBe('3 records: 3, 4, 5');
  });
});
