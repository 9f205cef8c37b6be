import { describe, expect, it } from 'vitest';
import { producingRun } from './producingRun.testkit';
import type { ClusterView } from './view.types';

const longRun = () => producingRun({ topic: 'orders', partitions: 3, consumers: 2, records: 400, step: 6000, seed: 3, keyed: true });

const tail = <T>(list: T[], n: number) => list.slice(Math.max(0, list.length - n));

describe('a windowed view', () => {
  const sim = longRun();
  const full = sim.view();
  const small = { sends: 10, received: 10, records: 10 };

  it('keeps the newest entries of what grows with the run, and counts all of them', () => {
    const cut = sim.view(small);
    expect(full.producers[0].sends.length).toBeGreaterThan(100);
    expect(cut.producers[0].sends).toEqual(tail(full.producers[0].sends, 10));
    expect(cut.producers[0].sendCounts).toEqual(full.producers[0].sendCounts);
    expect(cut.producers[0].sendCounts?.total).toBe(full.producers[0].sends.length);
    cut.consumers.forEach((c, i) => {
      expect(c.received).toEqual(tail(full.consumers[i].received, 10));
      expect(c.receivedCount).toBe(full.consumers[i].received.length);
    });
    cut.partitions.forEach((p, i) => {
      p.replicaLogs.forEach((r, j) => {
        expect(r.records).toEqual(tail(full.partitions[i].replicaLogs[j].records, 10));
      });
    });
    const rest = (v: ClusterView) => ({ ...v, producers: [], consumers: [], partitions: v.partitions.map((p) => ({ ...p, replicaLogs: p.replicaLogs.map((r) => ({ ...r, records: [] })) })) });
    expect(rest(cut)).toEqual(rest(full));
  });

  it('keeps a send in focus, the record it wrote and the copies consumers read, however old', () => {
    const send = full.producers[0].sends[5];
    expect(send.status).toBe('acked');
    const cut = sim.view({ ...small, focus: { sends: [{ producer: 'p1', index: 5 }] } });
    expect(cut.producers[0].sends[0]).toEqual(send);
    const p = cut.partitions.find((x) => x.topic === send.topic && x.partition === send.partition)!;
    for (const r of p.replicaLogs) expect(r.records.some((rec) => rec.offset === send.offset)).toBe(true);
    const readers = cut.consumers.filter((c) => c.received.some((r) => r.partition === send.partition && r.offset === send.offset));
    expect(readers.length).toBe(full.consumers.filter((c) => c.received.some((r) => r.partition === send.partition && r.offset === send.offset)).length);
    expect(readers.length).toBeGreaterThan(0);
  });

  it('keeps a record in focus and the send that wrote it', () => {
    const send = full.producers[0].sends[7];
    const cut = sim.view({ ...small, focus: { records: [{ topic: send.topic, partition: send.partition!, offset: send.offset! }] } });
    expect(cut.producers[0].sends).toContainEqual(send);
  });
});
