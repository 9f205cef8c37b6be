import { describe, expect, it } from 'vitest';
import type { ConsumerView, TopicPartitionRef } from '../../engine/view.types';
import { chipDetail, chipDetailLine, chipHeadLine, estimateWidth, fitChipText, fitLine, groupHeaderWords, type LagOf, lastPollCount, totalLag } from './chipText';
import { fitDiagram } from './fitScale';
import type { LayoutShape } from './fitScale';

const codes = new Map([
  ['orders', 'o'],
  ['payments', 'p'],
  ['shipments', 's'],
]);
const tp = (topic: string, partition: number): TopicPartitionRef => ({ topic, partition });
const consumer = (over: Partial<ConsumerView> = {}): ConsumerView => ({
  id: 'c11',
  groupId: 'g2',
  status: 'running',
  assignment: [tp('orders', 0), tp('payments', 3), tp('shipments', 5)],
  positions: [],
  received: [
    { ...tp('orders', 0), offset: 3, key: 'k1', value: 'v1', atMs: 100 },
    { ...tp('orders', 0), offset: 4, key: 'k2', value: 'v2', atMs: 250 },
    { ...tp('payments', 3), offset: 9, key: 'k3', value: 'v3', atMs: 250 },
  ],
  error: null,
  ...over,
});
const lags: Record<string, number | null> = { 'orders-0': 2, 'payments-3': null, 'shipments-5': 5 };
const lagOf: LagOf = (_c, p) => lags[`${p.topic}-${p.partition}`] ?? null;

describe('a consumer chip', () => {
  it('leads with the lag over its partitions and its last poll, then the partitions', () => {
    expect(fitLine(chipHeadLine(consumer(), codes, lagOf), 400)).toBe('c11 lag 7 · poll 2 · o0,p3,s5');
    expect(totalLag(consumer(), () => null)).toBeNull();
    expect(fitLine(chipHeadLine(consumer(), codes, () => null), 400)).toMatch(/^c11 lag – · /);
    // A state other than running is marked by shape, not colour alone.
    expect(fitLine(chipHeadLine(consumer({ status: 'crashed' }), codes, lagOf), 400)).toMatch(/^c11 ✕ lag 7 · /);
    expect(fitLine(chipHeadLine(consumer({ assignment: [], status: 'idle' }), codes, lagOf), 400)).toBe('c11 ○ no partitions');
  });

  it('counts the last poll, with "+" when the view kept only part of a bigger one', () => {
    expect(lastPollCount(consumer())).toBe('2');
    expect(lastPollCount(consumer({ received: [] }))).toBe('0');
    const window = consumer().received.slice(1);
    expect(lastPollCount(consumer({ received: window, receivedCount: 2 }))).toBe('2');
    expect(lastPollCount(consumer({ received: window, receivedCount: 40 }))).toBe('2+');
  });

  it('leaves parts out whole when narrow, and shows a list’s first partitions with “+N more”, never “…”', () => {
    const line = chipHeadLine(consumer(), codes, lagOf);
    const at = (text: string) => fitLine(line, estimateWidth(text));
    expect(at('c11 lag 7 · poll 2 · o0,p3,s5')).toBe('c11 lag 7 · poll 2 · o0,p3,s5');
    expect(at('c11 lag 7 · poll 2 · o0,p3,s')).toBe('c11 lag 7 · poll 2');
    // Six partitions, as each member of the big cluster's groups reads.
    const six = chipHeadLine(consumer({ assignment: [0, 6].flatMap((p) => ['orders', 'payments', 'shipments'].map((t) => tp(t, p))) }), codes, lagOf);
    expect(fitLine(six, 1000)).toBe('c11 lag 2 · poll 2 · o0,p0,s0,o6,p6,s6');
    expect(fitLine(six, estimateWidth('c11 lag 2 · poll 2 · o0,p0 +4 more'))).toBe('c11 lag 2 · poll 2 · o0,p0 +4 more');
    expect(fitLine(six, estimateWidth('c11 lag 2 · poll 2 · o0 +5 more'))).toBe('c11 lag 2 · poll 2 · o0 +5 more');
    expect(fitLine(six, estimateWidth('c11 lag 2 · poll 2 · o0 +5 mor'))).toBe('c11 lag 2 · poll 2');
    expect(at('c11 lag 7 · poll')).toBe('c11 lag 7');
    for (const w of [70, 90, 120, 160, 200, 240, 300]) expect(fitLine(line, w)).not.toContain('…');
    // A member without partitions says so, in fewer words in a narrow chip.
    const idle = chipHeadLine(consumer({ assignment: [], status: 'idle' }), codes, lagOf);
    expect(fitLine(idle, estimateWidth('c11 ○ none'))).toBe('c11 ○ none');
    // Only a first part longer than the whole chip is cut.
    expect(fitLine(line, estimateWidth('c11 la…'))).toBe('c11 la…');
  });

  it('keeps room on the second line for the last poll, its records counted when they do not all fit', () => {
    const many = consumer({ received: [3, 4, 5, 6, 7].map((offset) => ({ ...tp('orders', 0), offset, key: `k${offset}`, value: 'v', atMs: 300 })) });
    const line = chipDetailLine(many, codes, lagOf);
    expect(fitLine(line, 1000)).toBe('o0 lag 2, p3 lag –, s5 lag 5 · last poll o0@3, o0@4, o0@5, o0@6, o0@7');
    const narrow = fitLine(line, estimateWidth('o0 lag 2, p3 lag –, s5 lag 5 · last poll o0@3 +4 more'));
    expect(narrow).toBe('o0 lag 2, p3 lag –, s5 lag 5 · last poll o0@3 +4 more');
    // Narrower: fewer partitions, so the poll still shows.
    expect(fitLine(line, estimateWidth('o0 lag 2 +2 more · last poll o0@3 +4 more'))).toBe('o0 lag 2 +2 more · last poll o0@3 +4 more');
    // Narrower still: the poll alone.
    expect(fitLine(line, estimateWidth('last poll o0@3 +4 more'))).toBe('last poll o0@3 +4 more');
    for (const w of [100, 150, 200, 250, 300]) expect(fitLine(line, w)).not.toContain('…');
  });

  it('cuts after a whole part where it can, else mid-word', () => {
    expect(fitChipText('c0 ● lag 0 · last poll 0 · o0,o1', 15 * 7.5)).toBe('c0 ● lag 0 …');
    expect(fitChipText('c0 ● lag 0 · last poll 0 · o0,o1', 100 * 7.5)).toBe('c0 ● lag 0 · last poll 0 · o0,o1');
    expect(fitChipText('CompletingRebalance · generation 1', 12 * 7.5)).toBe('CompletingR…');
  });

  it('gives each partition’s lag and the last poll’s offsets on its second line', () => {
    expect(chipDetail(consumer(), codes, lagOf)).toBe('o0 lag 2, p3 lag –, s5 lag 5 · last poll o0@4, p3@9');
    expect(chipDetail(consumer({ received: [] }), codes, lagOf)).toBe('o0 lag 2, p3 lag –, s5 lag 5 · last poll nothing yet');
  });

  it('fits its words to its width, keeping a three-digit lag in sight in the narrowest chip of a 9-broker cluster', () => {
    const replicas = new Map<number, TopicPartitionRef[]>();
    let k = 0;
    for (const topic of codes.keys()) for (let p = 0; p < 12; p++) for (let r = 0; r < 3; r++) replicas.set((k++ % 9) + 1, [...(replicas.get((k % 9) + 1) ?? []), tp(topic, p)]);
    const shape: LayoutShape = {
      brokers: [1, 2, 3, 4, 5, 6, 7, 8, 9],
      replicas,
      producers: ['p1', 'p2', 'p3', 'p4'],
      groups: ['g1', 'g2'].map((groupId, g) => ({ groupId, consumers: [...Array(6).keys()].map((i) => ({ id: `c${g * 6 + i}`, rows: 6 })) })),
      zookeeper: false,
    };
    // The diagram's box at 1366×768 (normal view, 12 px) and in Presenter view at 1920×1080 (18 px).
    for (const [box, minPx] of [
      [{ width: 956, height: 330 }, 12],
      [{ width: 1420, height: 760 }, 18],
    ] as const) {
      const { layout, scale } = fitDiagram(shape, box, minPx);
      // A three-digit lag, as a consumer that starts from the earliest offset has at first.
      const busy: LagOf = (_c, p) => (p.topic === 'payments' ? null : p.topic === 'orders' ? 600 : 17);
      expect(layout.consumerChips).toBe(true);
      // The chips' 12.5-unit type is drawn at least at the size asked for.
      expect(12.5 * scale).toBeGreaterThanOrEqual(minPx);
      for (const g of layout.groups)
        for (const chip of g.consumers) {
          const shown = fitLine(chipHeadLine(consumer(), codes, busy), chip.w - 8);
          expect(shown).toMatch(/^c11 lag 617\b/);
          expect(estimateWidth(shown)).toBeLessThanOrEqual(chip.w - 8);
        }
    }
  });
});

describe('a chip group’s header', () => {
  it('says the name and state, the generation where it fits, and never cuts a word', () => {
    expect(groupHeaderWords('g1', 'Stable', 2, 400)).toEqual({ name: 'Group g1', state: 'Stable · generation 2' });
    expect(groupHeaderWords('g1', 'Stable', 2, 130)).toEqual({ name: 'Group g1', state: 'Stable' });
    expect(groupHeaderWords('at-least-once', 'Stable', 1, 178)).toEqual({ name: 'at-least-once', state: 'Stable' });
    expect(groupHeaderWords('at-least-once', 'PreparingRebalance', 1, 178)).toEqual({ name: 'Group at-least-once', state: null });
    expect(groupHeaderWords('g2', null, null, 400)).toEqual({ name: 'Group g2', state: 'no members yet' });
  });
});
