// The semantic zoom: which drawing a cluster gets for its size, and what its cells say.
import { renderToStaticMarkup } from 'react-dom/server';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import type { PartitionView } from '../../engine/view.types';
import { layoutDiagram, type LayoutInput } from './layout';
import { ReplicaCell } from './ReplicaCell';
import { cellGrid, chooseZoom, MAX_LOG_REPLICAS, MIN_CELL, topicCodes } from './zoom';

function cluster(brokers: number, topics: string[], partitions: number, rf: number, width: number, height: number): LayoutInput {
  const replicas = new Map<number, { topic: string; partition: number }[]>();
  for (let b = 1; b <= brokers; b++) replicas.set(b, []);
  // Round-robin, like Kafka's own placement: every broker holds the same number of replicas.
  let k = 0;
  for (const topic of topics) for (let p = 0; p < partitions; p++) for (let r = 0; r < rf; r++) replicas.get((k++ % brokers) + 1)?.push({ topic, partition: p });
  return { width, height, brokers: [...replicas.keys()], replicas, producers: ['p1'], groups: [{ groupId: 'g', consumers: [{ id: 'c1', rows: 1 }] }], zookeeper: false };
}

// The diagram's area at 1366×768 and 1920×1080 (measured in the app).
const screens = [
  [956, 310],
  [1350, 360],
] as const;

describe('chooseZoom', () => {
  it('keeps replica logs while every replica fits and there are few', () => {
    expect(chooseZoom(9, 0)).toBe('logs');
    expect(chooseZoom(MAX_LOG_REPLICAS, 0)).toBe('logs');
  });
  it('switches to cells when replicas would be hidden or are many', () => {
    expect(chooseZoom(9, 1)).toBe('cells');
    expect(chooseZoom(MAX_LOG_REPLICAS + 1, 0)).toBe('cells');
  });
  it.each(screens)('lessons-sized clusters keep their logs at %dx%d', (w, h) => {
    expect(layoutDiagram(cluster(3, ['orders'], 3, 2, w, h)).zoom).toBe('logs');
    expect(layoutDiagram(cluster(3, ['orders'], 1, 3, w, h)).zoom).toBe('logs');
  });
  it.each(screens)('the medium and large bench clusters get a cell for every replica at %dx%d', (w, h) => {
    for (const input of [cluster(5, ['orders'], 12, 3, w, h), cluster(9, ['orders', 'payments', 'shipments'], 12, 3, w, h)]) {
      const layout = layoutDiagram(input);
      expect(layout.zoom).toBe('cells');
      expect(layout.brokers.every((b) => b.hiddenReplicas === 0 && b.replicas.length === 0)).toBe(true);
      const cells = layout.brokers.flatMap((b) => b.cells);
      expect(cells.length).toBe([...input.replicas.values()].flat().length);
      expect(cells.every((c) => c.w >= MIN_CELL.w && c.h >= MIN_CELL.h)).toBe(true);
      // Inside their broker, and the drawing is not taller than its area (no scaling down).
      for (const b of layout.brokers) for (const c of b.cells) expect(c.x + c.w <= b.x + b.w && c.y + c.h <= b.y + b.h).toBe(true);
      expect(layout.height).toBeLessThanOrEqual(Math.max(h, 320));
    }
  });
});

describe('cells', () => {
  it('gives topics the shortest distinct codes, none for a single topic', () => {
    expect([...topicCodes(['orders', 'payments', 'shipments', 'orders'])]).toEqual([
      ['orders', 'o'],
      ['payments', 'p'],
      ['shipments', 's'],
    ]);
    expect(topicCodes(['orders', 'other']).get('other')).toBe('ot');
    expect(topicCodes(['orders']).get('orders')).toBe('');
  });
  it('sizes cells to fill the box', () => {
    const g = cellGrid(12, { w: 200, h: 90 });
    expect(g.cols * g.rows).toBeGreaterThanOrEqual(12);
    expect(g.w).toBeGreaterThanOrEqual(MIN_CELL.w);
  });
  it('names a cell like a replica: partition, broker, role, ISR, log end offset and high watermark', () => {
    const partition: PartitionView = {
      topic: 'orders',
      partition: 7,
      replicas: [3, 1],
      leader: 3,
      leaderEpoch: 0,
      isr: [3],
      highWatermark: 4,
      replicaLogs: [3, 1].map((broker) => ({ broker, logStartOffset: 0, logEndOffset: broker === 3 ? 5 : 2, highWatermark: 4, records: [], epochCache: [] })),
    };
    const html = (broker: number) =>
      renderToStaticMarkup(
        createElement(
          'svg',
          null,
          createElement(ReplicaCell, {
            partition,
            replica: partition.replicaLogs.find((r) => r.broker === broker) ?? partition.replicaLogs[0],
            slot: { topic: 'orders', partition: 7, x: 0, y: 0, w: 40, h: 24 },
            code: 'o',
            brokerDown: false,
            selected: false,
            onSelect: () => {},
          }),
        ),
      );
    expect(html(3)).toContain('aria-label="orders-7 on broker 3, leader, in ISR, log end offset 5, high watermark 4"');
    expect(html(3)).toContain('★o7');
    expect(html(1)).toContain('aria-label="orders-7 on broker 1, follower, out of ISR, log end offset 2, high watermark 4"');
  });
});
