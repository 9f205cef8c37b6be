// The diagram rendered to markup in node: accessible names per spec/ui-surface.md, and the
// crashed / isolated / out-of-sync states drawn with words, not colour alone.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ClusterView } from '../../engine/view.types';
import { ClusterDiagram } from './ClusterDiagram';

const log = (broker: number, leo: number, hw: number) => ({
  broker,
  logStartOffset: 0,
  logEndOffset: leo,
  highWatermark: hw,
  records: Array.from({ length: leo }, (_, offset) => ({
    offset,
    key: `k${offset}`,
    value: `v${offset}`,
    leaderEpoch: 0,
  })),
  epochCache: [[0, 0]] as [number, number][],
});

const view: ClusterView = {
  title: 'Fixture',
  seed: 1,
  step: 10,
  timeMs: 100,
  metadataMode: 'zookeeper',
  controller: { node: 'broker-1', activeBroker: 1 },
  brokers: [
    {
      id: 1,
      status: 'up',
      isolated: false,
      fenced: false,
      brokerEpoch: 3,
      leaderOf: [],
    },
    {
      id: 2,
      status: 'up',
      isolated: true,
      fenced: false,
      brokerEpoch: 3,
      leaderOf: ['orders-0'],
    },
    {
      id: 3,
      status: 'down',
      isolated: false,
      fenced: true,
      brokerEpoch: 3,
      leaderOf: [],
    },
  ],
  partitions: [
    {
      topic: 'orders',
      partition: 0,
      replicas: [2, 1, 3],
      leader: 2,
      leaderEpoch: 1,
      isr: [2, 1],
      highWatermark: 2,
      replicaLogs: [log(2, 3, 2), log(1, 2, 2), log(3, 1, 1)],
    },
  ],
  producers: [{ id: 'p1', acks: 'all', idempotent: true, producerId: 7, sends: [] }],
  consumers: [
    {
      id: 'c1',
      groupId: 'billing',
      status: 'running',
      assignment: [{ topic: 'orders', partition: 0 }],
      positions: [{ topic: 'orders', partition: 0, offset: 1 }],
      received: [],
      error: null,
    },
  ],
  groups: [
    {
      groupId: 'billing',
      generation: 1,
      coordinator: 1,
      protocol: 'range',
      state: 'Stable',
      leader: 'c1-1',
      members: [],
      committed: [],
      lag: [],
    },
  ],
  network: { isolated: ['broker-2'], cutLinks: [['p1', 'broker-1']] },
  inFlight: [
    {
      id: 1,
      from: 'p1',
      to: 'broker-2',
      kind: 'ProduceRequest',
      label: 'produce v3',
      sentAtMs: 95,
      deliverAtMs: 105,
    },
  ],
  anomalies: [],
  invariantViolations: [],
};

const html = renderToStaticMarkup(
  <ClusterDiagram view={view} width={1200} height={500} minTextPx={12} selection={null} onActivateBroker={() => {}} onSelect={() => {}} />,
);

describe('ClusterDiagram', () => {
  it('names brokers with their state', () => {
    expect(html).toContain('aria-label="Broker 2, leader of orders-0, up, isolated"');
    expect(html).toContain('aria-label="Broker 3, leader of no partitions, down"');
    expect(html).toContain('aria-label="Broker 1, leader of no partitions, up, active controller"');
  });
  it('names replicas with role, ISR, LEO and HW', () => {
    expect(html).toContain('aria-label="orders-0 on broker 2, leader, in ISR, log end offset 3, high watermark 2"');
    expect(html).toContain('aria-label="orders-0 on broker 3, follower, out of ISR, log end offset 1, high watermark 1, broker down"');
  });
  it('names producers, consumers and the controller', () => {
    expect(html).toMatch(/aria-label="Producer p1, acks all/);
    expect(html).toMatch(/aria-label="Consumer c1, group billing, running, reads orders-0 at offset 1"/);
    expect(html).toMatch(/aria-label="Controller, on broker 1, ZooKeeper mode"/);
    expect(html).toContain('aria-label="ZooKeeper ensemble of 3 nodes"');
  });
  it('says DOWN, ISOLATED and OUT OF ISR in words', () => {
    expect(html).toContain('>DOWN<');
    expect(html).toContain('ISOLATED');
    expect(html).toContain('OUT OF ISR');
    expect(html).toContain('dg-link is-cut');
  });
  it('draws the message in flight', () => {
    expect(html).toContain('produce v3 (p1 → broker-2)');
  });
});

describe('messages in flight and the words they pass', () => {
  // A big cluster (the 'cells' zoom): some links run through cells and headers end to end, so its
  // messages are drawn under every word; logs leave room, and their labelled messages go on top.
  const ids = [1, 2, 3, 4, 5, 6, 7, 8, 9];
  const brokers = ids.map((id) => ({ ...view.brokers[0], id, isolated: false, status: 'up' as const, leaderOf: [] }));
  const partitions = ['orders', 'payments', 'shipments'].flatMap((topic, ti) =>
    Array.from({ length: 12 }, (_, partition) => {
      const replicas = [0, 1, 2].map((r) => ((ti * 12 + partition + r * 3) % 9) + 1);
      return { ...view.partitions[0], topic, partition, replicas, leader: replicas[0], isr: replicas, replicaLogs: replicas.map((b) => log(b, 2, 2)) };
    }),
  );
  const big: ClusterView = { ...view, brokers, partitions, network: { isolated: [], cutLinks: [] }, inFlight: [{ ...view.inFlight[0], from: 'broker-1', to: 'broker-7', kind: 'FetchRequest' }] };
  const render = (v: ClusterView) =>
    renderToStaticMarkup(<ClusterDiagram view={v} width={950} height={320} minTextPx={12} selection={null} onActivateBroker={() => {}} onSelect={() => {}} />);

  it('are drawn under a big cluster’s cells and broker headers, over its boxes', () => {
    const out = render(big);
    expect(out).toContain('dg-rcell');
    const layer = out.indexOf('class="dg-inflight"');
    expect(layer).toBeGreaterThan(out.lastIndexOf('class="dg-broker-box"'));
    expect(layer).toBeLessThan(out.indexOf('class="dg-broker-head"'));
    expect(layer).toBeLessThan(out.indexOf('dg-rcell'));
  });

  it('are drawn over the logs of a small cluster, their labels placed clear of every word', () => {
    const layer = html.indexOf('class="dg-inflight"');
    expect(layer).toBeGreaterThan(html.lastIndexOf('class="dg-broker-head"'));
    expect(layer).toBeGreaterThan(html.lastIndexOf('dg-rec-box'));
  });
});
