// KafkaProducer.send() and the RecordAccumulator: the partition (explicit, murmur2 of the key, or
// the sticky partitioner for null keys), batching by linger.ms and batch.size, flush().
import { describe, expect, it } from 'vitest';
import { partitionForKey } from '../rules/kafka/murmur2';
import { clusterState, eventsOf, inStep, mark, producerOf, rowOf, sentOfType, timerAt } from '../testkit/stateBuilders.testkit';
import { flush, lingerExpired, produce, RECORD_OVERHEAD_BYTES, recordSize } from './accumulator';

function producer(config: Record<string, unknown> = {}, partitions = 1) {
  const state = inStep(clusterState({
    topics: [{ name: 't', partitions, replicationFactor: 3 }],
    producers: [{ id: 'p1', config: { 'linger.ms': 0, ...config } }],
  }), 100);
  return { state, p: producerOf(state) };
}

describe('send()', () => {
  it('emits RecordSent with the chosen partition and the send index; with linger.ms=0 the batch goes at once', () => {
    const { state, p } = producer();
    const since = mark(state);
    produce(state, p, 't', null, 'a');
    expect(eventsOf(state)).toEqual([expect.objectContaining({ type: 'RecordSent', producer: 'p1', topic: 't', partition: 0, detail: '#0' })]);
    expect(p.sends.get(0)).toMatchObject({ status: 'pending', partition: 0, attempts: 1, sizeBytes: recordSize(null, 'a') });
    expect(sentOfType(state, since, 'ProduceRequest')).toEqual([expect.objectContaining({ topic: 't', partition: 0, acks: 'all', records: [expect.objectContaining({ value: 'a', sendRef: 'p1#0' })] })]);
  });

  it('a keyed record goes to murmur2(key) mod the partition count', () => {
    const { state, p } = producer({}, 6);
    produce(state, p, 't', 'order-42', 'a');
    expect(p.sends.get(0)?.partition).toBe(partitionForKey('order-42', 6));
    expect(eventsOf(state)[0].partition).toBe(partitionForKey('order-42', 6));
  });

  it('an explicit partition wins over the key', () => {
    const { state, p } = producer({}, 6);
    produce(state, p, 't', 'order-42', 'a', 5);
    expect(p.sends.get(0)?.partition).toBe(5);
  });

  it('without a key the sticky partitioner only picks partitions with a known leader', () => {
    const { state, p } = producer({}, 3);
    p.metadata['t-0'] = { leader: null, leaderEpoch: 1 };
    p.metadata['t-2'] = { leader: null, leaderEpoch: 1 };
    for (let i = 0; i < 5; i++) produce(state, p, 't', null, `v${i}`);
    expect([0, 1, 2, 3, 4].map((i) => p.sends.get(i)?.partition)).toEqual([1, 1, 1, 1, 1]);
  });

  it('record size is key + value + a fixed overhead', () => {
    expect(recordSize('ab', 'cde')).toBe(RECORD_OVERHEAD_BYTES + 5);
    expect(recordSize(null, 'é')).toBe(RECORD_OVERHEAD_BYTES + 2);
  });
});

describe('batching (linger.ms, batch.size)', () => {
  it('with linger.ms > 0 the record waits in an open batch, with a linger timer and a delivery timeout', () => {
    const { state, p } = producer({ 'linger.ms': 20 });
    const since = mark(state);
    produce(state, p, 't', null, 'a');
    expect(p.batches).toEqual([expect.objectContaining({ state: 'open', sends: [0] })]);
    expect(sentOfType(state, since, 'ProduceRequest')).toEqual([]);
    const id = p.batches[0].id;
    expect(timerAt(state, { type: 'lingerExpired', producer: 'p1', batchId: id })?.atMs).toBe(120);
    expect(timerAt(state, { type: 'deliveryTimeout', producer: 'p1', batchId: id })?.atMs).toBe(100 + 120000);
  });

  it('records to the same partition share the open batch', () => {
    const { state, p } = producer({ 'linger.ms': 20 });
    produce(state, p, 't', null, 'a');
    produce(state, p, 't', null, 'b');
    expect(p.batches.map((b) => b.sends)).toEqual([[0, 1]]);
  });

  it('a record that would overflow batch.size closes the batch and starts another', () => {
    const size = recordSize(null, 'a');
    const { state, p } = producer({ 'linger.ms': 20, 'batch.size': size * 2 + 1 });
    for (const v of ['a', 'b', 'c']) produce(state, p, 't', null, v);
    expect(p.batches.map((b) => [b.state, b.sends])).toEqual([['inflight', [0, 1]], ['open', [2]]]);
  });

  it('linger.ms passing closes the batch and sends it', () => {
    const { state, p } = producer({ 'linger.ms': 20 });
    produce(state, p, 't', null, 'a');
    inStep(state, 120);
    const since = mark(state);
    expect(lingerExpired(state, p, p.batches[0].id)).not.toBeNull();
    expect(sentOfType(state, since, 'ProduceRequest')).toHaveLength(1);
    expect(lingerExpired(state, p, p.batches[0].id)).toBeNull(); // already sent: nothing to do
  });

  it('flush() closes every open batch at once', () => {
    const { state, p } = producer({ 'linger.ms': 1000 }, 2);
    produce(state, p, 't', null, 'a', 0);
    produce(state, p, 't', null, 'b', 1);
    const since = mark(state);
    flush(state, p);
    expect(rowOf(state).messageState).toBe('2 batch(es) closed; 2 record(s) not yet acknowledged');
    expect(sentOfType(state, since, 'ProduceRequest').map((r) => r.partition)).toEqual([0, 1]);
  });
});
