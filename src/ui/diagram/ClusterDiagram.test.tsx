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
