// The semantic zoom: which drawing a cluster gets for its size, and what its cells say.
import { renderToStaticMarkup } from 'react-dom/server';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import type { PartitionView } from '../../engine/view.types';
import { headerWordBoxes } from './brokerHeader';
import { cellGrid, MORE_LINE_H } from './cellsLayout';
import { messageFootprint, overlaps } from './inFlightClearance';
import { chipDetail } from './chipText';
import { CHIP_DETAIL_H } from './groupsLayout';
import { layoutDiagram, type LayoutInput } from './layout';
import { InFlightLayer } from './InFlightLayer';
import { ReplicaCell } from './ReplicaCell';
import { cellFontPx, chooseZoom, fitWording, MAX_LOG_REPLICAS, MIN_CELL, topicCodes, topicKeyText } from './zoom';

function cluster(brokers: number, topics: string[], partitions: number, rf: number, width: number, height: number): LayoutInput {
  const replicas = new Map<number, { topic: string; partition: number }[]>();
  for (let b = 1; b <= brokers; b++) replicas.set(b, []);
  // Round-robin, like Kafka's own placement: every broker holds the same number of replicas.
  let k = 0;
  for (const topic of topics) for (let p = 0; p < partitions; p++) for (let r = 0; r < rf; r++) replicas.get((k++ % brokers) + 1)?.push({ topic, partition: p });
  return { width, height, brokers: [...replicas.keys()], replicas, producers: ['p1'], groups: [{ groupId: 'g', consumers: [{ id: 'c1', rows: 1 }] }], zookeeper: false };
}

// Diagram areas in layout units: at 1366×768 (a unit is a CSS pixel there, fitScale.ts) and a
// few sizes around it, down to the old, shorter diagram.
const screens = [
  [926, 298],
  [1099, 393],
  [956, 380],
  [1350, 360],
] as const;
/** The smallest type fitScale.ts allows, in units. */
const MIN_FONT = 12;

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
      expect(layout.height).toBeLessThanOrEqual(Math.max(h, 240));
      // Every cell's type is the same, at least the diagram's smallest type.
      expect(layout.cellFontPx).toBeGreaterThanOrEqual(MIN_FONT);
      // Each header has room for "Broker N" and its state's mark; in words from 956×380 up.
      for (const b of layout.brokers) expect(b.w).toBeGreaterThanOrEqual(w * h >= 956 * 380 ? 170 : 104);
    }
  });
  it('gives the large bench cluster (uneven placement, up to 15 replicas a broker) every cell at 1366×768', () => {
    const input = cluster(9, ['orders', 'payments', 'shipments'], 12, 3, 956, 380);
    // Move replicas so four brokers hold 15 each, as the engine's placement does.
    const lists = [...input.replicas.values()];
    for (let b = 0; b < 4; b++) for (let k = 0; k < 3; k++) lists[b].push(...lists[4 + (b % 5)].splice(0, 1));
    const layout = layoutDiagram(input);
    expect(Math.max(...lists.map((l) => l.length))).toBe(15);
    expect(layout.brokers.flatMap((b) => b.cells)).toHaveLength(108);
    expect(layout.cellFontPx).toBeGreaterThanOrEqual(MIN_FONT);
  });
  it('draws the key in the controller band, clear of the controller and the brokers', () => {
    const layout = layoutDiagram(cluster(9, ['orders', 'payments', 'shipments'], 12, 3, 926, 298));
    const top = Math.min(...layout.brokers.map((b) => b.y));
    expect(layout.legend).not.toBeNull();
    for (const box of [layout.legend?.left, layout.legend?.right]) {
      if (!box) continue;
      expect(box.y + box.h).toBeLessThanOrEqual(top);
      expect(box.x + box.w <= layout.controller.x || box.x >= layout.controller.x + layout.controller.w).toBe(true);
    }
  });
  it('says "+N more" only for clusters too big for legible cells, on a line below the cells', () => {
    const layout = layoutDiagram(cluster(12, ['orders', 'payments', 'shipments'], 80, 3, 926, 298));
    const hidden = layout.brokers.filter((b) => b.hiddenReplicas > 0);
    expect(hidden.length).toBeGreaterThan(0);
    for (const b of hidden) {
      expect(b.cells.length).toBeGreaterThan(0);
      for (const c of b.cells) expect(c.y + c.h).toBeLessThanOrEqual(b.y + b.h - MORE_LINE_H);
      expect(b.cells.every((c) => c.w >= MIN_CELL.w && c.h >= MIN_CELL.h)).toBe(true);
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
  it('writes the topic key whole, tighter when the corner is narrow, never a word cut', () => {
    const codes = topicCodes(['orders', 'payments', 'shipments']);
    expect(topicKeyText(codes, 400, 7)).toBe('o = orders · p = payments · s = shipments');
    // 41 characters do not fit in 250 px; 35 do.
    expect(topicKeyText(codes, 250, 7)).toBe('o=orders · p=payments · s=shipments');
    expect(topicKeyText(codes, 180, 7)).toBe('o=orders · p=payments · …');
    expect(topicKeyText(codes, 100, 7)).toBe('o=orders · …');
    expect(topicKeyText(topicCodes(['orders']), 200, 7)).toBe('cells: partitions of orders');
    expect(topicKeyText(topicCodes(['orders']), 100, 7)).toBe('cells: orders');
  });
  it('draws a legend line in the first wording that fits, never a cut word', () => {
    const line = ['★ filled: leader · dashed: follower', '★ filled: leader'];
    expect(fitWording(line, 300, 7)).toBe(line[0]);
    expect(fitWording(line, 120, 7)).toBe('★ filled: leader');
    expect(fitWording(line, 80, 7)).toBe('★ filled: …');
  });
  it('sizes cells to fill the box', () => {
    const g = cellGrid(12, { w: 200, h: 90 }, 3);
    expect(g.cols * g.rows).toBeGreaterThanOrEqual(12);
    expect(g.w).toBeGreaterThanOrEqual(MIN_CELL.w);
    expect(g.fontPx).toBe(cellFontPx(g.star ? 4 : 3, g.w, g.h));
  });
  it('gives up the star before the type gets small', () => {
    // 15 cells in a short box: the star would shrink "o10" below 12px.
    const g = cellGrid(15, { w: 110, h: 100 }, 3);
    expect(g.star).toBe(false);
    expect(g.fontPx).toBeGreaterThanOrEqual(11);
    expect(cellGrid(6, { w: 240, h: 90 }, 3).star).toBe(true);
  });
  it('leaves out what does not fit legibly, above a free line for "+N more"', () => {
    const area = { w: 120, h: 60 };
    const g = cellGrid(40, area, 3);
    expect(g.w).toBeGreaterThanOrEqual(MIN_CELL.w);
    expect(g.h).toBeGreaterThanOrEqual(MIN_CELL.h);
    expect(g.rows * g.cols).toBeLessThan(40);
    expect(g.rows * (g.h + 2)).toBeLessThanOrEqual(area.h - MORE_LINE_H + 2);
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
            fontPx: 12,
            star: true,
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

describe('messages in flight', () => {
  const fetch = (from: string, to: string, id: number) => ({ id, from, to, kind: id % 2 ? 'FetchRequest' : 'FetchResponse', label: 'fetch', sentAtMs: 0, deliverAtMs: 10 });
  // Empty logs: a label may use the room their records will take.
  const emptyLogs = (input: LayoutInput) =>
    [...input.replicas].flatMap(([broker, list]) => list.map((r) => ({ ...r, replicaLogs: [{ broker, logStartOffset: 0, logEndOffset: 0 }] }))) as unknown as PartitionView[];
  const html = (input: LayoutInput, inFlight: ReturnType<typeof fetch>[]) =>
    renderToStaticMarkup(createElement('svg', null, createElement(InFlightLayer, { inFlight, partitions: emptyLogs(input), layout: layoutDiagram(input), timeMs: 5, animate: false })));
  it('are labelled arrows in a small cluster; a follower’s fetch is a pull', () => {
    const out = html(cluster(3, ['orders'], 1, 3, 926, 298), [fetch('broker-2', 'broker-1', 1)]);
    expect(out).toContain('>Fetch (pull)<');
    expect(out).toContain('marker-end="url(#dg-msg-arrowhead)"');
  });
  it('are dots without text in a big cluster, a ring for a response, none over a broker’s name or state', () => {
    const input = cluster(9, ['orders', 'payments', 'shipments'], 12, 3, 956, 380);
    const layout = layoutDiagram(input);
    const out = html(input, [fetch('broker-1', 'broker-3', 1), fetch('broker-3', 'broker-1', 2), fetch('broker-1', 'broker-4', 3)]);
    expect(out).not.toMatch(/>Fetch/);
    expect(out).toContain('class="dg-msg-dot"');
    expect(out).toContain('class="dg-msg-dot is-response"');
    expect(out.match(/dg-msg-dot/g)).toHaveLength(3);
    // broker-1 → broker-4 runs straight down into broker 4's header: its dot and arrow keep off the
    // header's words (inFlightClearance.ts), as do the others'.
    expect(layout.brokers[3].x).toBe(layout.brokers[0].x);
    const dots = [...out.matchAll(/translate\(([\d.]+) ([\d.]+)\)/g)].map(([, x, y]) => ({ x: Number(x), y: Number(y) }));
    expect(dots).toHaveLength(3);
    const dirs = [
      ['broker-1', 'broker-3'],
      ['broker-3', 'broker-1'],
      ['broker-1', 'broker-4'],
    ].map(([a, b]) => {
      const [from, to] = [layout.anchors[a], layout.anchors[b]];
      const len = Math.hypot(to.x - from.x, to.y - from.y);
      return { x: (to.x - from.x) / len, y: (to.y - from.y) / len };
    });
    const heads = layout.brokers.flatMap((b) => headerWordBoxes(b, { id: b.id, down: false, isolated: false, controller: false }));
    dots.forEach((d, i) => {
      const box = messageFootprint(d, dirs[i]);
      for (const h of heads) expect(overlaps(h, box), `message ${i + 1} over a header`).toBe(false);
    });
  });
});

describe('the default scenario at the classroom laptop size', () => {
  it('keeps the detailed replica logs (three brokers of three replicas in a 950×318 diagram)', () => {
    const replicas = new Map([1, 2, 3].map((b) => [b, [0, 1, 2].map((partition) => ({ topic: 'orders', partition }))]));
    const groups = [{ groupId: 'billing', consumers: [{ id: 'c1', rows: 1 }, { id: 'c2', rows: 1 }] }];
    const layout = layoutDiagram({ width: 950, height: 318, brokers: [1, 2, 3], replicas, producers: ['p1'], groups, zookeeper: false });
    expect(layout.zoom).toBe('logs');
    expect(layout.brokers.every((b) => b.hiddenReplicas === 0)).toBe(true);
  });
});

describe('consumer chips with a detail line', () => {
  it('are used when one column of them fits, and say each partition’s position, commit and lag', () => {
    const groups = ['at-least-once', 'at-most-once', 'audit'].map((groupId, i) => ({ groupId, consumers: [{ id: `c${i}`, rows: 1 }] }));
    const replicas = new Map([[1, [{ topic: 'payments', partition: 0 }]]]);
    const layout = layoutDiagram({ width: 950, height: 318, brokers: [1], replicas, producers: ['p1'], groups, zookeeper: false });
    expect(layout.consumerChips).toBe(true);
    for (const g of layout.groups) for (const c of g.consumers) expect(c.h).toBe(CHIP_DETAIL_H);
    const consumer = {
      id: 'careful', groupId: 'at-least-once', status: 'running' as const, assignment: [{ topic: 'payments', partition: 0 }],
      positions: [{ topic: 'payments', partition: 0, offset: 6 }], committed: [{ topic: 'payments', partition: 0, offset: 4 }], received: [], error: null,
    };
    expect(chipDetail(consumer, new Map([['payments', '']]), () => 2)).toBe('0: pos 6 · commit 4 · lag 2 · last poll nothing yet');
  });
});
