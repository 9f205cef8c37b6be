import { describe, expect, it } from 'vitest';
import type { ClusterView, SendView } from '../engine/view.types';
import { boundView, RECEIVED_TAIL, SEND_TAIL } from './boundedView';

const send = (index: number): SendView => ({
  index,
  topic: 't',
  key: null,
  value: `v${index}`,
  status: index % 3 ? 'acked' : 'pending',
  partition: 0,
  offset: index,
  error: null,
  attempts: 1,
});
const view = {
  partitions: [
    {
      topic: 't',
      partition: 0,
      replicaLogs: [
        {
          broker: 1,
          records: Array.from({ length: 200 }, (_, o) => ({
            offset: o,
            key: null,
            value: `v${o}`,
            leaderEpoch: 0,
          })),
        },
      ],
    },
  ],
  producers: [{ id: 'p1', sends: Array.from({ length: 500 }, (_, i) => send(i)) }],
  consumers: [
    {
      id: 'c1',
      received: Array.from({ length: 300 }, (_, o) => ({
        topic: 't',
        partition: 0,
        offset: o,
        key: null,
        value: '',
        atMs: o,
      })),
    },
  ],
} as unknown as ClusterView;

describe('boundView', () => {
  it('keeps the newest entries and counts the rest', () => {
    const v = boundView(view);
    expect(v.producers[0].sends).toHaveLength(SEND_TAIL);
    expect(v.producers[0].sends.at(-1)?.index).toBe(499);
    expect(v.producers[0].sendCounts).toEqual({
      total: 500,
      acked: 333,
      pending: 167,
      failed: 0,
    });
    expect(v.consumers[0].received).toHaveLength(RECEIVED_TAIL);
    expect(v.consumers[0].receivedCount).toBe(300);
  });
  it('keeps a focused send, its record and who read it, however old', () => {
    const v = boundView(view, { sends: [{ producer: 'p1', index: 3 }] });
    expect(v.producers[0].sends[0].index).toBe(3);
    expect(v.consumers[0].received.some((r) => r.offset === 3)).toBe(true);
    const focusedRecord = boundView(view, {
      records: [{ topic: 't', partition: 0, offset: 7 }],
    });
    expect(focusedRecord.producers[0].sends.some((s) => s.index === 7)).toBe(true);
    expect(focusedRecord.partitions[0].replicaLogs[0].records.some((r) => r.offset === 7)).toBe(true);
  });
});
