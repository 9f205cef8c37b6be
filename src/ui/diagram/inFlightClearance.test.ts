// Messages on the wire keep their dot and arrow off the words of the diagram: a big cluster's
// replica cells and headers, a replica's records (offset, key, value).
import { describe, expect, it } from 'vitest';
import type { InFlightView } from '../../engine/view.types';
import { headerWordBoxes } from './brokerHeader';
import { clearPointOnLink, coveredArea, messageFootprint, type ObstacleGroup, searchLink, textObstacles } from './inFlightClearance';
import { MESSAGE_INSET, placeMessages } from './inFlightPlacement';
import { fitDiagram } from './fitScale';
import { inFlightPosition, layoutDiagram, type LayoutInput, type Point } from './layout';

/** The bench's big cluster: 9 brokers, 3 topics × 12 partitions, RF 3, 4 producers, two groups of six. */
function bigCluster(width: number, height: number): LayoutInput {
  const replicas = new Map<number, { topic: string; partition: number }[]>();
  for (let b = 1; b <= 9; b++) replicas.set(b, []);
  let k = 0;
  for (const topic of ['orders', 'payments', 'shipments'])
    for (let p = 0; p < 12; p++) for (let r = 0; r < 3; r++) replicas.get((k++ % 9) + 1)?.push({ topic, partition: p });
  const group = (g: string, from: number) => ({ groupId: g, consumers: [0, 1, 2, 3, 4, 5].map((i) => ({ id: `c${from + i}`, rows: 6 })) });
  return { width, height, brokers: [...replicas.keys()], replicas, producers: ['p1', 'p2', 'p3', 'p4'], groups: [group('g1', 0), group('g2', 6)], zookeeper: false };
}

const msg = (id: number, from: string, to: string, kind: string, sentAtMs: number, deliverAtMs: number): InFlightView => ({ id, from, to, kind, label: kind, sentAtMs, deliverAtMs });

/** Every sort of message the big cluster sends, at every point of its journey. */
function traffic(brokers: number[]): InFlightView[] {
  const out: InFlightView[] = [];
  let id = 0;
  for (let at = 0; at <= 10; at++) {
    for (const a of brokers) {
      for (const b of brokers) if (a !== b) out.push(msg(++id, `broker-${a}`, `broker-${b}`, 'FetchRequest', -at, 10 - at));
      out.push(msg(++id, 'p1', `broker-${a}`, 'ProduceRequest', -at, 10 - at), msg(++id, `broker-${a}`, 'c7', 'FetchResponse', -at, 10 - at));
      out.push(msg(++id, `broker-${a}`, 'controller', 'BrokerHeartbeat', -at, 10 - at));
    }
  }
  return out;
}

/** The words of the big cluster's brokers: headers and cells. */
function brokerWords(layout: ReturnType<typeof layoutDiagram>) {
  return layout.brokers.flatMap((b) => [...headerWordBoxes(b, { id: b.id, down: false, isolated: false, controller: false }), ...b.cells]);
}

describe('a message’s footprint', () => {
  it('covers its dot, its shaft and its arrowhead, whichever way it travels', () => {
    const right = messageFootprint({ x: 100, y: 50 }, { x: 1, y: 0 });
    expect(right.x).toBeLessThanOrEqual(100 - 13 - 4.5);
    expect(right.x + right.w).toBeGreaterThanOrEqual(100 + 13 + 3.5);
    expect(right.y).toBeLessThanOrEqual(50 - 4.5);
    const up = messageFootprint({ x: 100, y: 50 }, { x: 0, y: -1 });
    expect(up.y).toBeLessThanOrEqual(50 - 13 - 3.5);
    expect(up.y + up.h).toBeGreaterThanOrEqual(50 + 13);
  });
});

describe('messages in a 9-broker cluster', () => {
  // The diagram's area in CSS px at 1366×768 (12 px type), and in Presenter view at 1920×1080 (18 px).
  for (const [w, h, px] of [
    [950, 320, 12],
    [950, 290, 12],
    [1420, 780, 18],
    [1400, 640, 18],
  ] as const) {
    it(`keep most of their dots and arrows off cells and headers in ${w}×${h} px at ${px} px type`, () => {
      const { layout } = fitDiagram(bigCluster(w, h), { width: w, height: h }, px);
      expect(layout.zoom).toBe('cells');
      const words = brokerWords(layout);
      const placed = placeMessages(traffic(layout.brokers.map((b) => b.id)), layout, 0, false);
      expect(placed.length).toBeGreaterThan(1000);
      const cover = (at: Point, dir: Point) => coveredArea(messageFootprint(at, dir), [{ box: { x: 0, y: 0, w, h }, parts: words }], { width: w, height: h });
      const naive = placed.map((p) => cover(inFlightPosition(layout.anchors[p.m.from], layout.anchors[p.m.to], p.m.sentAtMs, p.m.deliverAtMs, 0, MESSAGE_INSET), p.dir));
      const drawn = placed.map((p) => cover(p.at, p.dir));
      // Where simulated time puts them, nearly all would lie on some word; slid along their links,
      // most lie on none (the rest are drawn under the words: ClusterDiagram.test.tsx).
      expect(naive.filter((c) => c > 0).length).toBeGreaterThan(placed.length * 0.9);
      if (h >= 320) expect(drawn.filter((c) => c > 0).length).toBeLessThan(placed.length * 0.7);
      const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
      expect(sum(drawn)).toBeLessThan(sum(naive) * 0.6);
    });
  }

  it('stay where simulated time puts them when nothing is under them', () => {
    const layout = layoutDiagram(bigCluster(926, 298));
    const words = textObstacles(layout);
    const m = msg(1, 'p1', 'broker-1', 'ProduceRequest', 0, 10);
    const from = layout.anchors.p1;
    const to = layout.anchors['broker-1'];
    for (let now = 0; now <= 10; now++) {
      const naive = inFlightPosition(from, to, 0, 10, now, MESSAGE_INSET);
      const [placed] = placeMessages([m], layout, now, false);
      const dir = placed.dir;
      if (coveredArea(messageFootprint(naive, dir), words, layout) === 0) expect(placed.at).toEqual(naive);
      else expect(coveredArea(messageFootprint(placed.at, dir), words, layout)).toBeLessThan(coveredArea(messageFootprint(naive, dir), words, layout));
    }
  });
});

describe('clearPointOnLink', () => {
  const bounds = { width: 400, height: 200 };
  it('takes the nearest clear point along the link', () => {
    const wall = [{ box: { x: 190, y: 0, w: 60, h: 200 }, parts: [{ x: 190, y: 0, w: 60, h: 200 }] }];
    const p = clearPointOnLink({ x: 50, y: 100 }, { x: 350, y: 100 }, 0.5, wall, bounds);
    // Left of the wall is nearer to x = 200 than right of it.
    expect(p.y).toBe(100);
    expect(p.x + 13 + 3.5 + 7).toBeLessThanOrEqual(190);
    expect(p.x + 13 + 3.5 + 7).toBeGreaterThan(184);
  });

  it('steps a little beside its link when the link runs along a row of words', () => {
    const row = [{ box: { x: 0, y: 102, w: 400, h: 20 }, parts: [{ x: 0, y: 102, w: 400, h: 20 }] }];
    const p = clearPointOnLink({ x: 50, y: 100 }, { x: 350, y: 100 }, 0.5, row, bounds);
    expect(p).toEqual({ x: 200, y: 94 });
  });

  it('covers as little as it can when the whole link runs through words', () => {
    const band = [
      { box: { x: 0, y: 70, w: 250, h: 60 }, parts: [{ x: 0, y: 70, w: 250, h: 60 }] },
      { box: { x: 250, y: 70, w: 150, h: 60 }, parts: [{ x: 250, y: 98, w: 150, h: 4 }, { x: 250, y: 70, w: 150, h: 12 }, { x: 250, y: 118, w: 150, h: 12 }] },
    ];
    const p = clearPointOnLink({ x: 50, y: 100 }, { x: 350, y: 100 }, 0.2, band, bounds);
    expect(p.x).toBeGreaterThan(250);
  });
});

/** The search as first written: every candidate listed, sorted by cost, the first clear one taken. */
function searchBySorting(from: Point, dir: Point, len: number, startAlong: number, obstacles: ObstacleGroup[], bounds: { width: number; height: number }): Point {
  const candidates: { along: number; side: number; cost: number }[] = [];
  for (let along = 0; along <= len; along += 3)
    for (const side of [0, 6, -6, 12, -12]) candidates.push({ along, side, cost: Math.abs(along - startAlong) + 2 * Math.abs(side) });
  candidates.sort((a, b) => a.cost - b.cost);
  let best = { x: from.x + dir.x * startAlong, y: from.y + dir.y * startAlong };
  let bestCover = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const p = { x: from.x + dir.x * c.along - dir.y * c.side, y: from.y + dir.y * c.along + dir.x * c.side };
    const cover = coveredArea(messageFootprint(p, dir), obstacles, bounds);
    if (cover === 0) return p;
    if (cover < bestCover) {
      best = p;
      bestCover = cover;
    }
  }
  return best;
}

describe('searchLink', () => {
  it('finds the very point a sorted list of every candidate gives, without making the list', () => {
    // A seeded walk over the big cluster's links and words at two sizes, off-grid ends included.
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (const [w, h] of [[1366, 560], [1920, 860]]) {
      const layout = layoutDiagram(bigCluster(w, h));
      const words = textObstacles(layout);
      const points = [...layout.brokers.map((b) => ({ x: b.x + b.w / 2, y: b.y + b.h / 2 })), ...layout.producers.map((p) => ({ x: p.x + p.w, y: p.y + p.h / 2 }))];
      for (let i = 0; i < 400; i++) {
        const from = points[Math.floor(next() * points.length)];
        const to = points[Math.floor(next() * points.length)];
        const len = Math.hypot(to.x - from.x, to.y - from.y);
        if (len === 0) continue;
        const dir = { x: (to.x - from.x) / len, y: (to.y - from.y) / len };
        const start = next() < 0.1 ? len : Math.min(len, Math.round((next() * len) / 3) * 3);
        expect(searchLink(from, dir, len, start, words, layout)).toEqual(searchBySorting(from, dir, len, start, words, layout));
      }
    }
  });
});
