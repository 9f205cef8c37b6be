// The producer's Sender and RecordAccumulator against Kafka's client source (issue 13, points 1–5
// and KIP-951). Each case plays a scenario file from scenarios/reference/ through the runner.
import { describe, expect, it } from 'vitest';
import { playScenario } from '../../cli/playScenario';
import { createSimulation } from '../index';
import { kinds, loadScenario, play, sendOf, values } from './scenarioFixture.testkit';

interface TraceRow { timeMs: number; component: string; action: string; output: string }

function trace(file: string): { rows: TraceRow[]; run: ReturnType<typeof play> } {
  const out = playScenario(loadScenario(file), { trace: true, checkInvariants: true }) as unknown as ReturnType<typeof play> & { trace: TraceRow[] };
  return { rows: out.trace, run: out };
}

const produceRequests = (rows: TraceRow[]) => rows.filter((r) => r.component === 'Producer p1' && r.output.includes('sent ProduceRequest'));

describe('acks=0 sends only to a connected leader (Sender.sendProducerData, NetworkClient.ready)', () => {
  const run = play('reference/p1-acks0-dead-leader.json');
  it('keeps the records sent while the leader is dead and delivers them to the new leader', () => {
    expect(run.partitions[0].leader).toBe(2);
    expect(values(run, 2)).toEqual(['m0', 'm1', 'm2', 'd0', 'd1', 'd2', 'd3', 'd4', 'after']);
    for (const s of run.producers[0].sends) expect(s).toMatchObject({ status: 'acked', offset: -1 });
  });
  it('while the leader is down, the waiting records are still pending (not counted as sent)', () => {
    const during = play('reference/p1-acks0-dead-leader.json', { untilMs: 6500 });
    expect(['d0', 'd1', 'd2', 'd3', 'd4'].map((v) => sendOf(during, v)?.status).filter(Boolean)).toEqual(['pending', 'pending', 'pending', 'pending', 'pending']);
  });
  it('asks a reachable broker for metadata after the disconnect, not the dead one in turn', () => {
    const { rows } = trace('reference/p1-acks0-dead-leader.json');
    const refusedMetadata = rows.filter((r) => r.action.startsWith('Is down: MetadataRequest'));
    expect(refusedMetadata).toEqual([]);
  });
});

describe('batching under load (RecordAccumulator.tryAppend)', () => {
  it('with linger.ms=0 and one request in flight, 300 records travel in a handful of requests', () => {
    const { rows, run } = trace('reference/p2-batching-under-load.json');
    expect(run.producers[0].sends.every((s) => s.status === 'acked')).toBe(true);
    expect(values(run, 1)).toHaveLength(300);
    // One request at a time, each taking a round trip of about 20 ms while 20 records arrive.
    expect(produceRequests(rows).length).toBeLessThan(30);
  });
});

describe('the sticky partitioner switches at a batch boundary (KIP-794)', () => {
  it('leaves a partition only when its last batch is full, or after 2 x batch.size', () => {
    const run = play('reference/p3-sticky-batch-boundary.json');
    const sends = run.producers[0].sends;
    const runs: number[] = [];
    sends.forEach((s, i) => {
      if (i === 0 || s.partition !== sends[i - 1].partition) runs.push(0);
      runs[runs.length - 1]++;
    });
    const perBatch = 6; // 73-byte records in batch.size=500
    for (const length of runs.slice(0, -1)) expect(length % perBatch === 0 || length * 73 >= 2 * 500).toBe(true);
  });
});

describe('max.in.flight.requests.per.connection=1 keeps order without idempotence', () => {
  it('the timed-out m0 is retried before m1 and m2; nothing is reordered', () => {
    const run = play('reference/p4-retry-order-inflight1.json');
    expect(values(run, 1)).toEqual(['m0', 'm1', 'm2']);
    expect(kinds(run)).toEqual([]);
  });
});

describe('delivery.timeout.ms with a request in flight (Sender.getExpiredInflightBatches)', () => {
  it('fails send() at the delivery deadline (9 s), while the retry is still in flight', () => {
    expect(sendOf(play('reference/p5-delivery-timeout-inflight.json', { untilMs: 8900 }), 'm0').status).toBe('pending');
    expect(sendOf(play('reference/p5-delivery-timeout-inflight.json', { untilMs: 9100 }), 'm0')).toMatchObject({ status: 'failed', error: 'REQUEST_TIMED_OUT' });
  });
});

describe('KIP-951: a retry skips its backoff when the leader changed', () => {
  it('m1 reaches the new leader within a few round trips, not after retry.backoff.ms (1 s)', () => {
    const sim = createSimulation(loadScenario('reference/p8-kip951-leader-changed.json'), undefined, { checkInvariants: true });
    sim.runToEnd();
    const acked = sim.events(1, sim.stepCount).filter((e) => e.type === 'ProduceAcked');
    expect(acked).toHaveLength(2);
    expect(acked[1]).toMatchObject({ partition: 0, offset: 1 });
    expect(acked[1].timeMs - 20100).toBeLessThan(200);
    expect(sim.view().partitions[0].leader).toBe(1);
  });
});

describe('adaptive partitioning (partitioner.adaptive.partitioning.enable, on by default)', () => {
  it("null-key records favour t-1 while t-0's batches queue up behind a cut link", () => {
    const sends = play('reference/p8-adaptive-partitioning.json').producers[0].sends.slice(100);
    const toOne = sends.filter((s) => s.partition === 1).length;
    // Uniform draws would split them about evenly; queue-weighted draws rarely pick t-0.
    expect(toOne / sends.length).toBeGreaterThan(0.8);
  });
});
