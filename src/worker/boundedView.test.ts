import { describe, expect, it } from 'vitest';
import { producingRun } from '../engine/producingRun.testkit';
import { boundedView, RECEIVED_TAIL, RECORD_TAIL, SEND_TAIL } from './boundedView';

const longRun = () => producingRun({ topic: 't', partitions: 1, consumers: 1, records: 300, step: 8000, seed: 5, keyed: false });

describe('the views the worker sends', () => {
  const sim = longRun();
  const full = sim.view();

  it('keep the newest entries and count all of them', () => {
    expect(full.producers[0].sends.length).toBe(300);
    const v = boundedView(sim);
    expect(v.producers[0].sends).toHaveLength(SEND_TAIL);
    expect(v.producers[0].sends.at(-1)?.index).toBe(299);
    expect(v.producers[0].sendCounts).toEqual(full.producers[0].sendCounts);
    expect(v.producers[0].sendCounts.total).toBe(300);
    expect(v.consumers[0].received).toHaveLength(RECEIVED_TAIL);
    expect(v.consumers[0].receivedCount).toBe(full.consumers[0].received.length);
    for (const log of v.partitions[0].replicaLogs) expect(log.records).toHaveLength(RECORD_TAIL);
  });

  it('keep a focused send, its record and who read it, however old; and a focused record with its send', () => {
    const send = full.producers[0].sends[3];
    const v = boundedView(sim, { sends: [{ producer: 'p1', index: 3 }] });
    expect(v.producers[0].sends[0]).toEqual(send);
    expect(v.consumers[0].received.some((r) => r.offset === send.offset)).toBe(true);
    const byRecord = boundedView(sim, { records: [{ topic: 't', partition: 0, offset: 7 }] });
    expect(byRecord.producers[0].sends.some((s) => s.offset === 7)).toBe(true);
    expect(byRecord.partitions[0].replicaLogs[0].records.some((r) => r.offset === 7)).toBe(true);
  });

  it('name the send that wrote a focused record, and only a focused one', () => {
    const byRecord = boundedView(sim, { records: [{ topic: 't', partition: 0, offset: 7 }] });
    const records = byRecord.partitions[0].replicaLogs[0].records;
    const send = full.producers[0].sends.find((s) => s.offset === 7);
    expect(records.find((r) => r.offset === 7)?.sentBy).toEqual({ producer: 'p1', index: send?.index });
    expect(records.filter((r) => r.sentBy !== undefined)).toHaveLength(1);
  });
});
