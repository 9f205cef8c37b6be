import { describe, expect, it } from 'vitest';
import { fitDiagram, type LayoutShape, MIN_TEXT_UNITS, minScale } from './fitScale';

function shape(brokers: number, partitions: number, consumers = 2): LayoutShape {
  const replicas = new Map<number, { topic: string; partition: number }[]>();
  for (let b = 1; b <= brokers; b++) replicas.set(b, []);
  for (let p = 0; p < partitions; p++) for (let r = 0; r < Math.min(3, brokers); r++) replicas.get(((p + r) % brokers) + 1)!.push({ topic: 'orders', partition: p });
  return {
    brokers: [...replicas.keys()],
    replicas,
    producers: ['p1'],
    groups: [{ groupId: 'billing', consumers: Array.from({ length: consumers }, (_, i) => ({ id: `c${i + 1}`, rows: 1 })) }],
    zookeeper: false,
  };
}

// The diagram's box as measured in the app: normal view at 1366×768, Presenter view at 1920×1080.
const NORMAL_1366 = { width: 955, height: 330 };
const PRESENTER_1920 = { width: 1260, height: 820 };

describe('fitDiagram', () => {
  for (const [name, box, minPx] of [
    ['normal view at 1366×768', NORMAL_1366, 12],
    ['Presenter view at 1920×1080', PRESENTER_1920, 18],
  ] as const) {
    for (const [brokers, partitions] of [
      [3, 3],
      [3, 1],
      [5, 12],
      [9, 36],
    ]) {
      it(`${name}: ${brokers} brokers, ${partitions} partitions keep text at ≥ ${minPx}px and fit the box`, () => {
        const { scale, layout } = fitDiagram(shape(brokers, partitions), box, minPx);
        expect(scale * MIN_TEXT_UNITS).toBeGreaterThanOrEqual(minPx - 0.001);
        expect(layout.width * scale).toBeLessThanOrEqual(box.width + 0.5);
        expect(layout.height * scale).toBeLessThanOrEqual(box.height + 0.5);
        if (layout.zoom === 'cells') expect(layout.cellFontPx).toBeGreaterThanOrEqual(MIN_TEXT_UNITS - 0.01);
      });
    }
  }

  it('fills the box: a small cluster on a wide screen is drawn larger than the floor, across most of the box', () => {
    const wide = { width: 1860, height: 820 };
    const { scale, layout } = fitDiagram(shape(3, 1), wide, 18);
    expect(scale).toBeGreaterThan(18 / MIN_TEXT_UNITS);
    expect(layout.width * scale).toBeGreaterThan(wide.width * 0.9);
  });

  it('shows each replica several records in Presenter view', () => {
    const { layout } = fitDiagram(shape(3, 3), PRESENTER_1920, 18);
    expect(layout.zoom).toBe('logs');
    for (const b of layout.brokers) for (const r of b.replicas) expect(r.maxCells).toBeGreaterThanOrEqual(4);
  });

  it('never grows the drawing at the cost of the consumer chips’ detail line', () => {
    const base = shape(1, 1);
    const groups = ['at-least-once', 'at-most-once', 'audit'].map((groupId, i) => ({ groupId, consumers: [{ id: `c${i}`, rows: 1 }] }));
    const floor = fitDiagram({ ...base, groups }, { width: 955, height: 345 }, 12);
    const chipHeights = floor.layout.groups.flatMap((g) => g.consumers.map((c) => c.h));
    expect(floor.layout.consumerChips).toBe(true);
    expect(Math.min(...chipHeights)).toBe(36);
  });

  it('lowers the floor only when the box cannot hold the layout at the asked size', () => {
    expect(minScale(PRESENTER_1920, 18)).toBe(1.5);
    expect(minScale({ width: 480, height: 300 }, 12)).toBe(0.75);
  });
});
