import { describe, expect, it } from 'vitest';
import { brokerGrid, inFlightPosition, type LayoutInput, layoutDiagram, logWindow, type Rect } from './layout';

function input(brokers: number, partitions: number, width: number, height: number): LayoutInput {
  const replicas = new Map<number, { topic: string; partition: number }[]>();
  for (let b = 1; b <= brokers; b++) replicas.set(b, []);
  for (let p = 0; p < partitions; p++) {
    for (let r = 0; r < Math.min(3, brokers); r++) replicas.get(((p + r) % brokers) + 1)!.push({ topic: 'orders', partition: p });
  }
  return {
    width,
    height,
    brokers: Array.from({ length: brokers }, (_, i) => i + 1),
    replicas,
    producers: ['p1', 'p2'],
    groups: [
      {
        groupId: 'billing',
        consumers: [
          { id: 'c1', rows: 2 },
          { id: 'c2', rows: 1 },
        ],
      },
    ],
    zookeeper: false,
  };
}

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const inside = (r: Rect, w: number, h: number) => r.x >= 0 && r.y >= 0 && r.x + r.w <= w + 0.001 && r.y + r.h <= h + 0.001;

describe('brokerGrid', () => {
  it('puts three brokers side by side when they fit', () => {
    expect(brokerGrid(3, 700, 300, 3)).toEqual({ cols: 3, rows: 1 });
  });
  it('wraps into rows when boxes would be too narrow', () => {
    const g = brokerGrid(12, 900, 900, 3);
    expect(g.cols * g.rows).toBeGreaterThanOrEqual(12);
    expect(g.rows).toBeGreaterThan(1);
  });
  it('has no boxes for no brokers', () => {
    expect(brokerGrid(0, 900)).toEqual({ cols: 0, rows: 0 });
  });
});

describe('layoutDiagram', () => {
  for (const [w, h] of [
    [1000, 350],
    [1400, 520],
  ]) {
    it(`keeps three brokers apart and inside a ${w}×${h} area`, () => {
      const l = layoutDiagram(input(3, 3, w, h));
      expect(l.brokers).toHaveLength(3);
      for (const b of l.brokers) expect(inside(b, l.width, l.height)).toBe(true);
      for (let i = 0; i < 3; i++) for (let j = i + 1; j < 3; j++) expect(overlaps(l.brokers[i], l.brokers[j])).toBe(false);
      for (const b of l.brokers) {
        expect(b.hiddenReplicas).toBe(0);
        for (const r of b.replicas) {
          expect(r.maxCells).toBeGreaterThanOrEqual(3);
          expect(r.y + r.h).toBeLessThanOrEqual(b.y + b.h);
        }
      }
    });
  }

  it('places producers left of the brokers and consumers right of them', () => {
    const l = layoutDiagram(input(3, 3, 1200, 500));
    const minBrokerX = Math.min(...l.brokers.map((b) => b.x));
    const maxBrokerX = Math.max(...l.brokers.map((b) => b.x + b.w));
    for (const p of l.producers) expect(p.x + p.w).toBeLessThanOrEqual(minBrokerX);
    for (const g of l.groups) expect(g.x).toBeGreaterThanOrEqual(maxBrokerX);
    expect(l.controller.y + l.controller.h).toBeLessThanOrEqual(Math.min(...l.brokers.map((b) => b.y)));
  });

  it('gives every network node an anchor', () => {
    const l = layoutDiagram(input(3, 3, 1200, 500));
    for (const n of ['broker-1', 'broker-2', 'broker-3', 'controller', 'p1', 'p2', 'c1', 'c2']) expect(l.anchors[n]).toBeDefined();
  });

  it('degrades with 32 brokers and 256 partitions: cells, hiding the rest rather than overflowing', () => {
    const l = layoutDiagram(input(32, 256, 1000, 400));
    expect(l.brokers).toHaveLength(32);
    expect(l.zoom).toBe('cells');
    for (const b of l.brokers) {
      expect(b.cells.length + b.hiddenReplicas).toBe(24);
      for (const r of b.cells) expect(r.y + r.h).toBeLessThanOrEqual(b.y + b.h + 0.001);
    }
  });

  it('draws ZooKeeper nodes only in ZooKeeper mode', () => {
    expect(layoutDiagram(input(3, 3, 1200, 500)).zookeeper).toHaveLength(0);
    expect(layoutDiagram({ ...input(3, 3, 1200, 500), zookeeper: true }).zookeeper).toHaveLength(3);
  });
});

describe('logWindow', () => {
  it('shows the whole log when it fits', () => {
    expect(logWindow(0, 3, 5)).toEqual({ first: 0, end: 3, clipped: false });
  });
  it('shows the newest records when it does not', () => {
    expect(logWindow(0, 12, 5)).toEqual({ first: 7, end: 12, clipped: true });
  });
  it('respects the log start offset', () => {
    expect(logWindow(10, 12, 5)).toEqual({ first: 10, end: 12, clipped: false });
  });
});

describe('inFlightPosition', () => {
  const a = { x: 0, y: 0 };
  const b = { x: 100, y: 50 };
  it('moves along the link by simulated time', () => {
    expect(inFlightPosition(a, b, 10, 20, 10)).toEqual(a);
    expect(inFlightPosition(a, b, 10, 20, 15)).toEqual({ x: 50, y: 25 });
    expect(inFlightPosition(a, b, 10, 20, 25)).toEqual(b);
  });
  it('keeps messages off their endpoints with an inset', () => {
    expect(inFlightPosition(a, b, 10, 20, 10, 0.1)).toEqual({ x: 10, y: 5 });
    expect(inFlightPosition(a, b, 10, 20, 20, 0.1)).toEqual({ x: 90, y: 45 });
  });
  it('puts an instant message at its destination', () => {
    expect(inFlightPosition(a, b, 10, 10, 10)).toEqual(b);
  });
});
