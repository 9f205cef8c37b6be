// Lag (reference §6 scenario 25), OFFSET_OUT_OF_RANGE after retention (scenario 26's last step),
// and KIP-320: a consumer detects that the log under its position was truncated (§1.7).
import { describe, expect, it } from 'vitest';
import { allEvents, consumer, consumerSpec, file, group, offsets, range, simulate } from './consumerTestkit.testkit';

describe('lag = high watermark − committed offset (scenario 25)', () => {
  const scenario = file({
    cluster: { brokers: 2 }, durationMs: 12000,
    topics: [{ name: 't', partitions: 1, replicationFactor: 2 }],
    producers: [{ id: 'p1', config: { 'linger.ms': 0 } }, { id: 'p2', config: { acks: '1', 'linger.ms': 0 } }],
    consumers: [
      consumerSpec('c1', 'g1', { commitMode: 'script', processingMs: 1000 }, { 'max.poll.records': 60 }),
      consumerSpec('c2', 'g2', { commitMode: 'script' }),
    ],
    script: [
      { atMs: 0, do: 'produce', producer: 'p1', topic: 't', value: 'm{i}', count: 100, everyMs: 5 },
      { atMs: 8000, do: 'commit', consumer: 'c1' },
      // The follower stops fetching: acks=1 writes raise the leader's LEO, not the HW.
      { atMs: 9000, do: 'cutLink', between: ['broker-1', 'broker-2'] },
      { atMs: 9500, do: 'produce', producer: 'p2', topic: 't', value: 'x{i}', count: 5, everyMs: 10 },
    ],
  });

  it('HW 100, committed 60 → lag 40, still 40 with the leader LEO at 105; no commit → "-" (null)', () => {
    const view = simulate(scenario).view();
    const p = view.partitions[0];
    expect(p.highWatermark).toBe(100);
    expect(p.replicaLogs.find((r) => r.broker === p.leader)!.logEndOffset).toBe(105);
    expect(group(view, 'g1').committed).toEqual([{ topic: 't', partition: 0, offset: 60 }]);
    expect(group(view, 'g1').lag).toEqual([{ topic: 't', partition: 0, lag: 40 }]);
    expect(consumer(view, 'c1').lag).toEqual([{ topic: 't', partition: 0, lag: 40 }]);
    expect(group(view, 'g2').lag).toEqual([{ topic: 't', partition: 0, lag: null }]);
    // c2 read everything below the HW, never the uncommitted 100..104.
    expect(offsets(view, 'c2')).toEqual(range(0, 100));
  });
});

describe('a committed offset deleted by retention: OFFSET_OUT_OF_RANGE → auto.offset.reset', () => {
  // c0 reads offsets 0 and 1, commits 2 and leaves; retention then deletes offsets 0..9; c1 of the
  // same group starts later from the committed offset 2, which is gone.
  const scenario = (reset: string) => file({
    durationMs: 26000,
    cluster: { brokers: 3, config: { 'log.retention.check.interval.ms': 1000 } },
    topics: [{ name: 't', partitions: 1, replicationFactor: 3, config: { 'segment.bytes': 1, 'retention.ms': 10000 } }],
    consumers: [
      consumerSpec('c0', 'g1', { commitMode: 'script', processingMs: 100000 }, { 'max.poll.records': 2 }),
      consumerSpec('c1', 'g1', { autoStart: false }, { 'auto.offset.reset': reset }),
    ],
    script: [
      { atMs: 0, do: 'produce', producer: 'p1', topic: 't', value: 'm{i}', count: 10, everyMs: 10 },
      { atMs: 7000, do: 'commit', consumer: 'c0' },
      { atMs: 7500, do: 'stopConsumer', consumer: 'c0' },
      { atMs: 8000, do: 'produce', producer: 'p1', topic: 't', value: 'n0' },
      { atMs: 13000, do: 'startConsumer', consumer: 'c1' },
      { atMs: 20000, do: 'produce', producer: 'p1', topic: 't', value: 'n{i}', count: 2, everyMs: 10 },
    ],
  });

  it('earliest: resumes at the new log start offset', () => {
    const sim = simulate(scenario('earliest'));
    const view = sim.view();
    expect(offsets(view, 'c0')).toEqual([0, 1]);
    expect(offsets(view, 'c1')).toEqual([10, 11, 12]);
    const events = allEvents(sim);
    expect(events.some((e) => e.type === 'OffsetOutOfRange' && e.consumer === 'c1' && e.offset === 2)).toBe(true);
    expect(events.some((e) => e.type === 'PositionReset' && e.offset === 10 && e.detail === 'earliest')).toBe(true);
    expect(view.anomalies).toEqual([]);
    expect(view.invariantViolations).toEqual([]);
  });

  it('latest: resumes at the high watermark', () => {
    const view = simulate(scenario('latest')).view();
    expect(offsets(view, 'c1')).toEqual([11, 12]);
  });

  it('none: OffsetOutOfRangeException', () => {
    const view = simulate(scenario('none')).view();
    expect(offsets(view, 'c1')).toEqual([]);
    expect(consumer(view, 'c1').error).toMatch(/OffsetOutOfRangeException/);
  });
});

describe('a slow consumer overtaken by retention', () => {
  it('its position falls off the log: earliest jumps ahead, and the records in between are a poll-skip', () => {
    // A fetch brings at most 100 records: the consumer holds 0..199 (one batch returned, one
    // buffered) while retention deletes everything up to 300; its next fetch, at 200, is out of range.
    const view = simulate(file({
      durationMs: 26000,
      cluster: { brokers: 3, config: { 'log.retention.check.interval.ms': 1000 } },
      topics: [{ name: 't', partitions: 1, replicationFactor: 3, config: { 'segment.bytes': 1, 'retention.ms': 5000 } }],
      consumers: [consumerSpec('c1', 'g1', { processingMs: 100 })],
      script: [
        { atMs: 0, do: 'produce', producer: 'p1', topic: 't', value: 'm{i}', count: 300, everyMs: 1 },
        { atMs: 22000, do: 'produce', producer: 'p1', topic: 't', value: 'n0' },
      ],
    })).view();
    expect(offsets(view, 'c1')).toEqual([...range(0, 200), 300]);
    expect(view.anomalies.map((a) => a.kind)).toEqual(['poll-skip']);
    expect(view.anomalies[0].detail).toMatch(/skipped 100 record\(s\) \(offsets 200–299\)/);
  });
});

describe('KIP-320: the consumer validates its position after a leader change', () => {
  // Scenario 15 with a reader: m2..m4 reach the HW on broker 1 alone (ISR [1]); broker 1 dies and
  // an unclean election makes broker 2 leader without them. `none` reads through c0 first, so
  // that c1 starts from a committed offset instead of failing on auto.offset.reset.
  const scenario = (reset: string) => file({
    cluster: { brokers: 2, config: { 'unclean.leader.election.enable': true, 'replica.lag.time.max.ms': 3000 } },
    durationMs: 32000,
    topics: [{ name: 't', partitions: 1, replicationFactor: 2 }],
    producers: [{ id: 'p1', config: { acks: '1', 'linger.ms': 0, 'enable.idempotence': false } }],
    consumers: reset === 'none'
      ? [consumerSpec('c0', 'g1'), consumerSpec('c1', 'g1', { autoStart: false }, { 'auto.offset.reset': 'none' })]
      : [consumerSpec('c1', 'g1')],
    script: [
      { atMs: 100, do: 'produce', producer: 'p1', topic: 't', value: 'm{i}', count: 2, everyMs: 100 },
      { atMs: 1000, do: 'cutLink', between: ['broker-1', 'broker-2'] },
      { atMs: 2000, do: 'produce', producer: 'p1', topic: 't', value: 'n{i}', count: 3, everyMs: 100 },
      ...(reset === 'none' ? [{ atMs: 9000, do: 'stopConsumer', consumer: 'c0' }, { atMs: 9500, do: 'startConsumer', consumer: 'c1' }] : []),
      { atMs: 16000, do: 'crashBroker', broker: 1 },
      { atMs: 16000, do: 'heal' },
      { atMs: 28000, do: 'produce', producer: 'p1', topic: 't', value: 'x{i}', count: 3, everyMs: 300 },
    ],
  });

  it('the log was truncated under its position: it rewinds to the divergence point and reads on', () => {
    const sim = simulate(scenario('earliest'));
    const view = sim.view();
    expect(view.partitions[0].leader).toBe(2);
    const c1 = consumer(view, 'c1');
    expect(c1.received.map((r) => r.offset)).toEqual([0, 1, 2, 3, 4, 2, 3, 4]);
    expect(c1.received.slice(0, 5).map((r) => r.value)).toEqual(['m0', 'm1', 'n0', 'n1', 'n2']);
    // Offsets 2..4 now hold other records (the producer's retries may reorder them: acks=1).
    expect(c1.received.slice(5).map((r) => r.value).sort()).toEqual(['x0', 'x1', 'x2']);
    expect(allEvents(sim).some((e) => e.type === 'LogTruncationDetected' && e.offset === 2)).toBe(true);
    // Going back to offset 2 without a rebalance is what Jepsen calls a nonmonotonic poll.
    expect(view.anomalies.filter((a) => a.kind === 'nonmonotonic-poll')).toHaveLength(1);
    expect(view.invariantViolations).toEqual([]);
  });

  it('auto.offset.reset=none: LogTruncationException', () => {
    const view = simulate(scenario('none')).view();
    expect(offsets(view, 'c0')).toEqual(range(0, 5));
    expect(offsets(view, 'c1')).toEqual([]);
    expect(consumer(view, 'c1').error).toMatch(/LogTruncationException/);
  });
});
