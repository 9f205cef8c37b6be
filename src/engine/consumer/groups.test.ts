// Publish-subscribe across groups, a queue within a group, and where a group's coordinator lives
// (reference §6 scenario 28) — including its failover when that broker dies.
import { describe, expect, it } from 'vitest';
import { consumer, consumerSpec, file, group, simulate } from './consumerTestkit.testkit';

describe('pub-sub between groups, a queue within a group', () => {
  const view = simulate(file({
    topics: [{ name: 't', partitions: 4, replicationFactor: 2 }], durationMs: 12000,
    consumers: [consumerSpec('c1', 'billing'), consumerSpec('c2', 'billing'), consumerSpec('c3', 'audit')],
    script: [{ atMs: 500, do: 'produce', producer: 'p1', topic: 't', key: 'k{i}', value: 'v{i}', count: 20, everyMs: 100 }],
  })).view();
  const ids = (id: string) => consumer(view, id).received.map((r) => `${r.partition}:${r.offset}:${r.value}`);
  const acked = view.producers[0].sends.map((s) => `${s.partition}:${s.offset}:${s.value}`).sort();

  it('every group gets every record', () => {
    expect(acked).toHaveLength(20);
    expect([...ids('c3')].sort()).toEqual(acked);
    expect([...ids('c1'), ...ids('c2')].sort()).toEqual(acked);
  });

  it('the members of one group split the partitions and the records', () => {
    expect(ids('c1').filter((x) => ids('c2').includes(x))).toEqual([]);
    expect(consumer(view, 'c1').assignment).toHaveLength(2);
    expect(consumer(view, 'c2').assignment).toHaveLength(2);
    expect(consumer(view, 'c3').assignment).toHaveLength(4);
    expect(group(view, 'billing').committed.map((c) => c.offset).reduce((a, b) => a + b, 0)).toBe(acked.filter((x) => ids('c1').includes(x) || ids('c2').includes(x)).length);
    expect(view.anomalies).toEqual([]);
    expect(view.invariantViolations).toEqual([]);
  });
});

describe('group coordinator placement (scenario 28)', () => {
  const scenario = (script: unknown[]) => file({
    cluster: { brokers: 5 }, durationMs: 30000,
    consumers: [consumerSpec('c1', 'my-group'), consumerSpec('c2', 'group-1')],
    script: [{ atMs: 500, do: 'produce', producer: 'p1', topic: 't', value: 'v{i}', count: 40, everyMs: 500 }, ...script],
  });

  it('my-group → __consumer_offsets partition 12, group-1 → 49: led by brokers 3 and 5 of 5', () => {
    const view = simulate(scenario([])).view();
    expect(group(view, 'my-group').coordinator).toBe(3);
    expect(group(view, 'group-1').coordinator).toBe(5);
    expect(consumer(view, 'c1').coordinator).toBe(3);
  });

  it('when the coordinator dies the next replica takes over; the group and its commits carry on', () => {
    const view = simulate(scenario([{ atMs: 12000, do: 'crashBroker', broker: 3 }])).view();
    const g = group(view, 'my-group');
    expect(g.coordinator).toBe(4);
    expect(consumer(view, 'c1').coordinator).toBe(4);
    expect(g.generation).toBe(1);
    expect(g.state).toBe('Stable');
    expect(g.members.map((m) => m.id)).toEqual(['c1']);
    // Commits after the move: the committed offset reaches the end of the log.
    const sent = view.producers[0].sends.filter((s) => s.status === 'acked').length;
    expect(g.committed).toEqual([{ topic: 't', partition: 0, offset: sent }]);
    expect(consumer(view, 'c1').received.map((r) => r.offset)).toEqual(Array.from({ length: sent }, (_, i) => i));
    expect(view.invariantViolations).toEqual([]);
  });
});
