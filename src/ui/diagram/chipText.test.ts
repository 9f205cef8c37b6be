import { describe, expect, it } from 'vitest';
import type { ConsumerView, TopicPartitionRef } from '../../engine/view.types';
import { chipDetail, chipHeadParts, estimateWidth, fitChipText, fitParts, type LagOf, lastPollCount, totalLag } from './chipText';
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
    expect(chipHeadParts(consumer(), codes, lagOf)).toEqual(['c11 lag 7', 'poll 2', 'o0,p3,s5']);
    expect(totalLag(consumer(), () => null)).toBeNull();
    expect(chipHeadParts(consumer(), codes, () => null)[0]).toBe('c11 lag –');
    // A state other than running is marked by shape, not colour alone.
    expect(chipHeadParts(consumer({ status: 'crashed' }), codes, lagOf)[0]).toBe('c11 ✕ lag 7');
    expect(chipHeadParts(consumer({ assignment: [], status: 'idle' }), codes, lagOf)).toEqual(['c11 ○ no partitions']);
  });

  it('counts the last poll, with "+" when the view kept only part of a bigger one', () => {
    expect(lastPollCount(consumer())).toBe('2');
    expect(lastPollCount(consumer({ received: [] }))).toBe('0');
    const window = consumer().received.slice(1);
    expect(lastPollCount(consumer({ received: window, receivedCount: 2 }))).toBe('2');
    expect(lastPollCount(consumer({ received: window, receivedCount: 40 }))).toBe('2+');
  });

  it('drops whole parts from the end when narrow, saying so with "…"', () => {
    const parts = chipHeadParts(consumer(), codes, lagOf);
    expect(fitParts(parts, 400)).toBe('c11 lag 7 · poll 2 · o0,p3,s5');
    expect(fitParts(parts, estimateWidth('c11 lag 7 · poll 2 …'))).toBe('c11 lag 7 · poll 2 …');
    expect(fitParts(parts, estimateWidth('c11 lag 7 …'))).toBe('c11 lag 7 …');
    expect(fitParts(parts, estimateWidth('c11 lag 7'))).toBe('c11 lag 7');
    expect(fitParts(parts, estimateWidth('c11 la…'))).toBe('c11 la…');
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

  it('cuts its words to its width, keeping a three-digit lag in sight in the narrowest chip of a 9-broker cluster', () => {
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
          const shown = fitParts(chipHeadParts(consumer(), codes, busy), chip.w - 8);
          expect(shown).toMatch(/^c11 lag 617\b/);
          expect(estimateWidth(shown)).toBeLessThanOrEqual(chip.w - 8);
        }
    }
  });
});
