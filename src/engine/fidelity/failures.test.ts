// The reference's failure walk-throughs (kafka-semantics.md §1.10 and §6), played as scenario files.
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../index';
import { kinds, loadScenario, type Played, play, sendOf, values } from './scenarioFixture.testkit';

describe('F1 / scenario 7: acks=1 and the leader dies before replication', () => {
  const run = play('reference/f1-acks1-loss.json');
  it('acknowledges m3 at offset 3, then loses it: every replica ends [m0,m1,m2,m4]', () => {
    expect(sendOf(run, 'm3')).toMatchObject({ status: 'acked', offset: 3 });
    for (const b of [1, 2, 3]) expect(values(run, b)).toEqual(['m0', 'm1', 'm2', 'm4']);
    expect(sendOf(run, 'm4')).toMatchObject({ status: 'acked', offset: 3 });
  });
  it('elects broker 2, the first ISR member in assignment order, with epoch 1', () => {
    expect(run.partitions[0]).toMatchObject({ leader: 2, leaderEpoch: 1 });
  });
  it('reports the lost write at the election step', () => {
    const lost = run.anomalies.find((a) => a.kind === 'lost-write');
    expect(lost?.detail).toContain("'m3'");
    expect(run.invariantViolations).toEqual([]);
  });
});

describe('F2 / scenario 8: the same with acks=all', () => {
  const run = play('reference/f2-acksall-no-loss.json');
  it('never acknowledges m3 before the crash; the retry lands at offset 3 on the new leader', () => {
    expect(sendOf(run, 'm3')).toMatchObject({ status: 'acked', offset: 3 });
    for (const b of [1, 2, 3]) expect(values(run, b)).toEqual(['m0', 'm1', 'm2', 'm3']);
    expect(run.anomalies).toEqual([]);
  });
});

describe('F3 / scenario 9: the followers have m3 when the leader dies before the ack', () => {
  it('without idempotence the retry duplicates m3 at offsets 3 and 4', () => {
    const run = play('reference/f3-duplicate-idempotence-false.json');
    expect(values(run, 2)).toEqual(['m0', 'm1', 'm2', 'm3', 'm3']);
    expect(kinds(run)).toEqual(['duplicate']);
  });
  it('with idempotence the new leader recognises the retry and returns offset 3', () => {
    const run = play('reference/f3-duplicate-idempotence-true.json');
    expect(values(run, 2)).toEqual(['m0', 'm1', 'm2', 'm3']);
    expect(sendOf(run, 'm3')).toMatchObject({ status: 'acked', offset: 3 });
    expect(run.anomalies).toEqual([]);
  });
});

describe('F4 / scenario 10: min.insync.replicas=2 with both followers gone', () => {
  const run = play('reference/s10-not-enough-replicas.json');
  it('rejects acks=all with NOT_ENOUGH_REPLICAS and appends nothing', () => {
    expect(sendOf(run, 'rejected', 'all')).toMatchObject({ status: 'failed', error: 'NOT_ENOUGH_REPLICAS' });
  });
  it('accepts acks=1 at offset 2 but, with strict min ISR, keeps it invisible (HW stays 2)', () => {
    expect(sendOf(run, 'hidden', 'one')).toMatchObject({ status: 'acked', offset: 2 });
    expect(values(run, 1)).toEqual(['m0', 'm1', 'hidden']);
    expect(run.partitions[0]).toMatchObject({ isr: [1], highWatermark: 2 });
  });
});

describe('F5 / scenario 15: unclean leader election', () => {
  it('with unclean=false the partition stays offline until broker 1 returns, and nothing is lost', () => {
    const offline = play('reference/s15-unclean-false.json', { untilMs: 35000 });
    expect(offline.partitions[0]).toMatchObject({ leader: null, isr: [1] });
    const run = play('reference/s15-unclean-false.json');
    expect(values(run, 2)).toEqual(['m0', 'm1', 'm2', 'm3', 'm4']);
    expect(run.anomalies).toEqual([]);
  });
  it('with unclean=true broker 2 leads with [m0,m1]; m5 gets offset 2; broker 1 truncates', () => {
    const run = play('reference/s15-unclean-true.json');
    expect(run.partitions[0].leader).toBe(2);
    expect(sendOf(run, 'm5')).toMatchObject({ status: 'acked', offset: 2 });
    expect(values(run, 1)).toEqual(['m0', 'm1', 'm5']);
    expect(values(run, 2)).toEqual(['m0', 'm1', 'm5']);
    expect(run.anomalies.filter((a) => a.kind === 'lost-write')).toHaveLength(3);
    expect(kinds(run)).toEqual(['inconsistent-offsets', 'lost-write']);
  });
});

describe('F6 / scenario 12: ISR shrink timing', () => {
  it('keeps the silent follower in the ISR at 29 s and removes it by 45 s; the HW then moves', () => {
    expect(play('reference/f6-isr-shrink.json', { untilMs: 29000 }).partitions[0].isr).toEqual([1, 2, 3]);
    const at29 = play('reference/f6-isr-shrink.json', { untilMs: 29000 }).partitions[0];
    expect(at29.highWatermark).toBe(0);
    const at46 = play('reference/f6-isr-shrink.json', { untilMs: 46000 }).partitions[0];
    expect(at46.isr).toEqual([1, 2]);
    expect(at46.highWatermark).toBeGreaterThan(0);
  });
});

describe('Scenario 14 / 18 / F9: clean election order and the preferred leader', () => {
  it('elects broker 1 (first in [3,1,2] in the ISR), not 2', () => {
    expect(play('reference/s14-election-order.json', { untilMs: 15000 }).partitions[0]).toMatchObject({ leader: 1, leaderEpoch: 1, isr: [1, 2] });
  });
  it('after broker 3 returns and catches up it rejoins the ISR; preferred election makes it leader, epoch +1, data unchanged', () => {
    expect(play('reference/s14-election-order.json', { untilMs: 39000 }).partitions[0]).toMatchObject({ leader: 1, isr: [3, 1, 2] });
    const run = play('reference/s14-election-order.json');
    expect(run.partitions[0]).toMatchObject({ leader: 3, leaderEpoch: 2, isr: [3, 1, 2] });
    for (const b of [1, 2, 3]) expect(values(run, b)).toEqual(['m0', 'm1', 'm2']);
  });
  it('kills 1 then 2: leader 2, then offline with ISR [2]', () => {
    const patch = (raw: Record<string, unknown>) => {
      raw.script = [
        { atMs: 1000, do: 'crashBroker', broker: 3 },
        { atMs: 15000, do: 'crashBroker', broker: 1 },
        { atMs: 30000, do: 'crashBroker', broker: 2 },
      ];
    };
    expect(play('reference/s14-election-order.json', { untilMs: 28000, patch }).partitions[0]).toMatchObject({ leader: 2, isr: [2] });
    expect(play('reference/s14-election-order.json', { untilMs: 45000, patch }).partitions[0]).toMatchObject({ leader: null, isr: [2] });
  });
});

describe('Scenario 16: leader-epoch truncation', () => {
  it('the returning leader truncates to offset 1 and copies m2: both [m0,m2]', () => {
    const run = play('reference/s16-divergence.json');
    expect(values(run, 1)).toEqual(['m0', 'm2']);
    expect(values(run, 2)).toEqual(['m0', 'm2']);
    const recs = run.partitions[0].replicaLogs['1'].records;
    expect(recs.map((r) => r.leaderEpoch)).toEqual([0, 1]);
  });
});

describe('Scenarios 4, 5, 6: partitioning', () => {
  it('adding a partition moves key a from p1 to p0; carol stays on p2; the empty key hashes to p0', () => {
    const run = play('reference/s4-add-partitions.json');
    const sends = run.producers[0].sends;
    expect(sends.map((s) => [s.value, s.partition])).toEqual([['before', 1], ['before', 2], ['empty key', 0], ['after', 0], ['after', 2]]);
  });
  it('a keyed send to an offline partition is never rerouted and times out after delivery.timeout.ms', () => {
    const run = play('reference/s6-keyed-offline.json');
    expect(sendOf(run, 'keyed')).toMatchObject({ partition: 1, status: 'failed', error: 'REQUEST_TIMED_OUT' });
    for (const s of run.producers[0].sends.filter((x) => x.value.startsWith('n'))) expect([0, 2]).toContain(s.partition);
    expect(play('reference/s6-keyed-offline.json', { untilMs: 130000 }).producers[0].sends[0].status).toBe('pending');
  });
});

describe('Scenario 11: consumers read only below the high watermark', () => {
  it('with the follower cut off, the leader has 5 records but HW 3: the consumer gets m0..m2 only', () => {
    const run = play('reference/s11-hw-visibility.json', { untilMs: 30000 }) as Played & { consumers: { received: { value: string }[] }[] };
    expect(values(run, 1)).toEqual(['m0', 'm1', 'm2', 'n0', 'n1']);
    expect(run.partitions[0].highWatermark).toBe(3);
    expect(run.consumers[0].received.map((r) => r.value)).toEqual(['m0', 'm1', 'm2']);
  });
  it('once the follower fetches again the HW reaches 5 and offsets 3 and 4 become visible', () => {
    const run = play('reference/s11-hw-visibility.json') as Played & { consumers: { received: { value: string }[] }[] };
    expect(run.partitions[0].highWatermark).toBe(5);
    expect(run.consumers[0].received.map((r) => r.value)).toEqual(['m0', 'm1', 'm2', 'n0', 'n1']);
  });
});

describe('Scenario 13: ISR expansion', () => {
  it('a returning follower rejoins only once its LEO reaches the HW and the epoch start offset', () => {
    const sim = createSimulation(loadScenario('reference/s14-election-order.json'), undefined, { checkInvariants: true });
    sim.runToEnd();
    const rejoin = sim.events(1, sim.stepCount).find((e) => e.type === 'IsrExpanded');
    expect(rejoin).toBeDefined();
    sim.seek(rejoin!.step);
    const p = sim.view().partitions[0];
    const leader = p.replicaLogs.find((r) => r.broker === p.leader)!;
    const returning = p.replicaLogs.find((r) => r.broker === 3)!;
    expect(p.isr).toContain(3);
    expect(returning.logEndOffset).toBeGreaterThanOrEqual(leader.highWatermark);
    expect(returning.logEndOffset).toBeGreaterThanOrEqual(leader.epochCache[leader.epochCache.length - 1][1]);
  });
});

describe('Scenario 17 (KRaft): the leader-epoch cache', () => {
  it('grows to [(0,0),(1,1),(2,2)] on both replicas as leadership moves 1 → 2 → 1', () => {
    const sim = createSimulation(loadScenario('reference/s17-epoch-cache.json'), undefined, { checkInvariants: true });
    sim.runToEnd();
    const p = sim.view().partitions[0];
    for (const r of p.replicaLogs) expect(r.epochCache).toEqual([[0, 0], [1, 1], [2, 2]]);
    expect(p.replicaLogs.map((r) => r.records.map((x) => [x.value, x.leaderEpoch]))).toEqual([
      [['m0', 0], ['m1', 1], ['m2', 2]],
      [['m0', 0], ['m1', 1], ['m2', 2]],
    ]);
  });
});
