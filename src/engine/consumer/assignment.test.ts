// Reference §6 scenarios 22–24: what each member owns after a rebalance, per assignor, and that
// cooperative-sticky moves a partition in two generations while the other partitions keep flowing.
import { describe, expect, it } from 'vitest';
import { allEvents, consumer, consumerSpec, createSim, file, group, parts, simulate } from './consumerTestkit.testkit';

function members(ids: string[], strategy: string, topics = ['t'], extra: Record<string, unknown> = {}) {
  return ids.map((id) => consumerSpec(id, 'g1', { topics, ...extra }, { 'partition.assignment.strategy': strategy }));
}

function assignmentOf(view: ReturnType<ReturnType<typeof simulate>['view']>, id: string): string[] {
  return parts(group(view, 'g1').members.find((m) => m.id === id)?.assignment ?? []);
}

describe('range rebalance and idle consumers (scenario 22)', () => {
  const sixPartitions = { topics: [{ name: 't', partitions: 6, replicationFactor: 1 }] };

  it('6 partitions over c1, c2, c3 → [0,1], [2,3], [4,5]; c3 leaves → [0,1,2], [3,4,5] in the next generation', () => {
    const before = simulate(file({ ...sixPartitions, durationMs: 9000, consumers: members(['c1', 'c2', 'c3'], 'range') })).view();
    expect(assignmentOf(before, 'c1')).toEqual(['t-0', 't-1']);
    expect(assignmentOf(before, 'c2')).toEqual(['t-2', 't-3']);
    expect(assignmentOf(before, 'c3')).toEqual(['t-4', 't-5']);
    const after = simulate(file({
      ...sixPartitions, durationMs: 16000, consumers: members(['c1', 'c2', 'c3'], 'range'),
      script: [{ atMs: 9000, do: 'stopConsumer', consumer: 'c3' }],
    })).view();
    expect(group(after, 'g1').generation).toBe(group(before, 'g1').generation + 1);
    expect(group(after, 'g1').members.map((m) => m.id)).toEqual(['c1', 'c2']);
    expect(assignmentOf(after, 'c1')).toEqual(['t-0', 't-1', 't-2']);
    expect(assignmentOf(after, 'c2')).toEqual(['t-3', 't-4', 't-5']);
    expect(parts(consumer(after, 'c1').assignment)).toEqual(['t-0', 't-1', 't-2']);
    expect(consumer(after, 'c3').status).toBe('stopped');
    expect(after.invariantViolations).toEqual([]);
  });

  it('4 consumers on 3 partitions: one of them is idle', () => {
    const view = simulate(file({
      topics: [{ name: 't', partitions: 3, replicationFactor: 1 }], durationMs: 9000, consumers: members(['c1', 'c2', 'c3', 'c4'], 'range'),
    })).view();
    expect(['c1', 'c2', 'c3'].map((id) => assignmentOf(view, id))).toEqual([['t-0'], ['t-1'], ['t-2']]);
    expect(consumer(view, 'c4').assignment).toEqual([]);
    expect(consumer(view, 'c4').status).toBe('idle');
    expect(consumer(view, 'c1').status).toBe('running');
  });
});

describe('round robin and sticky, the published examples (scenario 23)', () => {
  it('roundrobin: C0 and C1 over t0, t1 of 3 partitions', () => {
    const view = simulate(file({
      topics: [{ name: 't0', partitions: 3, replicationFactor: 1 }, { name: 't1', partitions: 3, replicationFactor: 1 }],
      durationMs: 9000, consumers: members(['C0', 'C1'], 'roundrobin', ['t0', 't1']),
    })).view();
    expect(assignmentOf(view, 'C0')).toEqual(['t0-0', 't0-2', 't1-1']);
    expect(assignmentOf(view, 'C1')).toEqual(['t0-1', 't1-0', 't1-2']);
  });

  it('sticky example 1: after C1 leaves, C0 and C2 keep everything they had and split C1\'s partitions', () => {
    const topics = ['t0', 't1', 't2', 't3'];
    const f = (script: unknown[], durationMs: number) => file({
      topics: topics.map((name) => ({ name, partitions: 2, replicationFactor: 1 })), durationMs, script,
      consumers: members(['C0', 'C1', 'C2'], 'sticky', topics),
    });
    const before = simulate(f([], 9000)).view();
    expect(assignmentOf(before, 'C0')).toEqual(['t0-0', 't1-1', 't3-0']);
    expect(assignmentOf(before, 'C1')).toEqual(['t0-1', 't2-0', 't3-1']);
    expect(assignmentOf(before, 'C2')).toEqual(['t1-0', 't2-1']);
    const after = simulate(f([{ atMs: 9000, do: 'stopConsumer', consumer: 'C1' }], 16000)).view();
    // The constrained algorithm of Kafka ≥ 2.8 (rules/kafka/stickyAssignor.test.ts): C1's t0-1, t2-0,
    // t3-1 are dealt round-robin; the javadoc's older answer gives C0 t2-0 and C2 t0-1 instead.
    expect(assignmentOf(after, 'C0')).toEqual(['t0-0', 't0-1', 't1-1', 't3-0']);
    expect(assignmentOf(after, 'C2')).toEqual(['t1-0', 't2-0', 't2-1', 't3-1']);
  });
});

describe('cooperative-sticky two-phase rebalance (scenario 24)', () => {
  it('C2 joins: C1 gives up p2 in one generation, C2 gets it in the next; C1 never stops reading p0 and p1', () => {
    const sim = createSim(file({
      topics: [{ name: 't', partitions: 3, replicationFactor: 1 }], durationMs: 24000,
      consumers: [
        ...members(['c1'], 'cooperative-sticky'),
        ...members(['c2'], 'cooperative-sticky', ['t'], { autoStart: false }),
      ],
      script: [
        { atMs: 0, do: 'produce', producer: 'p1', topic: 't', partition: 0, value: 'a{i}', count: 100, everyMs: 200 },
        { atMs: 0, do: 'produce', producer: 'p1', topic: 't', partition: 1, value: 'b{i}', count: 100, everyMs: 200 },
        { atMs: 0, do: 'produce', producer: 'p1', topic: 't', partition: 2, value: 'c{i}', count: 100, everyMs: 200 },
        { atMs: 8000, do: 'startConsumer', consumer: 'c2' },
      ],
    }));
    let c1Owned = false;
    while (sim.stepForward()) {
      const c1 = parts(sim.raw.consumers.find((c) => c.id === 'c1')!.assignment);
      if (c1.length === 3) c1Owned = true;
      // Once C1 owned p0..p2 it never lets go of p0 and p1.
      if (c1Owned) expect(c1).toEqual(expect.arrayContaining(['t-0', 't-1']));
    }
    const c2Assignments = allEvents(sim)
      .filter((e) => e.type === 'PartitionsAssigned' && e.consumer === 'c2')
      .map((e) => /^generation (\d+): (.*)$/.exec(e.detail!)!)
      .map((m) => ({ generation: Number(m[1]), parts: m[2] === 'none' ? [] : m[2].split(', ') }));
    const view = sim.view();
    expect(c2Assignments.map((a) => a.parts)).toEqual([[], ['t-2']]);
    expect(c2Assignments[1].generation).toBe(c2Assignments[0].generation + 1);
    expect(parts(consumer(view, 'c1').assignment)).toEqual(['t-0', 't-1']);
    // No re-delivery on the partitions C1 kept: each offset once, in order.
    for (const p of [0, 1]) {
      const offs = consumer(view, 'c1').received.filter((r) => r.partition === p).map((r) => r.offset);
      expect(offs).toEqual([...offs].sort((a, b) => a - b));
      expect(new Set(offs).size).toBe(offs.length);
    }
    expect(view.anomalies).toEqual([]);
    expect(view.invariantViolations).toEqual([]);
  });
});
