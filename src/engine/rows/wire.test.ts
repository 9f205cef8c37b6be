// The rows of the reads a broker serves, rendered from their events as the rules used to write them.
import { describe, expect, it } from 'vitest';
import { renderRow } from './index';
import { stepOf } from './testEvents.testkit';

const part = { topic: 't', partition: 0, fetchOffset: 4, error: null, records: 3, firstOffset: 4, lastOffset: 6, highWatermark: 7, diverging: null };

describe('a consumer fetch', () => {
  it('answered: the records sent per partition, below the HW', () => {
    const empty = { ...part, partition: 1, fetchOffset: 2, records: 0, firstOffset: -1, lastOffset: -1, highWatermark: 2 };
    expect(renderRow(stepOf({ type: 'ConsumerFetchReceived', broker: 1, consumer: 'c1', held: false, maxWaitMs: 500, partitions: [part, empty] }))).toEqual({
      component: 'Broker 1', action: 'Received fetch from consumer c1 (t-0@4, t-1@2)', messageState: 'Only records below the high watermark are returned',
      output: 'Sent 3 record(s) of t-0 (offsets 4–6), HW 7; t-1: nothing new (HW 2)',
    });
  });

  it('held: routine, with its wait', () => {
    expect(renderRow(stepOf({ type: 'ConsumerFetchReceived', broker: 2, consumer: 'c1', held: true, maxWaitMs: 500, partitions: [part] }))).toEqual({
      component: 'Broker 2', action: 'Received fetch from consumer c1 (t-0@4)', messageState: 'Nothing committed past those offsets yet', output: 'Holding the fetch up to fetch.max.wait.ms (500 ms)', routine: true,
    });
  });

  it('a wait that ends tells a consumer what it got, a follower only that the answer is empty', () => {
    const error = { ...part, error: 'NOT_LEADER_OR_FOLLOWER', records: 0 };
    expect(renderRow(stepOf({ type: 'FetchWaitEnded', broker: 1, from: 'c1', replicaId: -1, partitions: [error] })).output).toBe('t-0: NOT_LEADER_OR_FOLLOWER');
    expect(renderRow(stepOf({ type: 'FetchWaitEnded', broker: 1, from: 'broker-2', replicaId: 2, partitions: [part] }))).toEqual({
      component: 'Broker 1', action: 'Answered the held fetch from broker-2 after replica.fetch.wait.max.ms', messageState: 'No new records', output: 'Empty fetch response (carries the current HW)', routine: true,
    });
  });
});

describe('a follower fetch', () => {
  const follower = { type: 'FollowerFetchReceived' as const, broker: 1, follower: 2, maxWaitMs: 500 };

  it('answered: what it moved on the leader, per partition, then the records sent and the problems', () => {
    const diverged = { ...part, partition: 1, records: 0, firstOffset: -1, lastOffset: -1, diverging: { epoch: 1, endOffset: 3 } };
    const progress = [{ topic: 't', partition: 0, isrProposed: [1, 2, 3], highWatermark: { from: 4, to: 6 } }];
    expect(renderRow(stepOf({ ...follower, held: false, partitions: [part, diverged], progress }))).toEqual({
      component: 'Broker 1', action: 'Received fetch from broker 2 (t-0@4, t-1@4)', messageState: 'Records on their way to the follower',
      output: 'broker 2 caught up on t-0: asked the controller to grow the ISR to [1,2,3]; t-0 HW 4→6; sent 3 record(s) of t-0 from offset 4; t-1: diverging epoch 1 ends at 3',
    });
  });

  it('held: routine unless it moved something', () => {
    const empty = { ...part, records: 0, firstOffset: -1, lastOffset: -1 };
    expect(renderRow(stepOf({ ...follower, held: true, partitions: [empty], progress: [] })).routine).toBe(true);
    const moved = renderRow(stepOf({ ...follower, held: true, partitions: [empty], progress: [{ topic: 't', partition: 0, isrProposed: null, highWatermark: { from: 3, to: 4 } }] }));
    expect(moved).toEqual({ component: 'Broker 1', action: 'Received fetch from broker 2 (t-0@4)', messageState: 'Broker 2 is caught up', output: 't-0 HW 3→4; holding the fetch up to 500 ms for new records' });
  });
});

describe('metadata and offset lookups', () => {
  it('Metadata names a consumer as one, and a cache with no partitions', () => {
    const leaders = [{ topic: 't', partition: 0, leader: 2 }, { topic: 't', partition: 1, leader: null }];
    expect(renderRow(stepOf({ type: 'MetadataAnswered', broker: 3, client: 'c1', fromConsumer: true, leaders })).action).toBe('Answered a metadata request from consumer c1');
    expect(renderRow(stepOf({ type: 'MetadataAnswered', broker: 3, client: 'p1', fromConsumer: false, leaders })).output).toBe('Leaders: t-0→2, t-1→none');
    expect(renderRow(stepOf({ type: 'MetadataAnswered', broker: 3, client: 'p1', fromConsumer: false, leaders: [] })).output).toBe('It knows no partitions yet');
  });

  it('ListOffsets and OffsetsForLeaderEpoch: each partition’s answer or error', () => {
    const listed = [{ topic: 't', partition: 0, timestamp: 'earliest' as const, error: null, offset: 0 }, { topic: 't', partition: 1, timestamp: 'latest' as const, error: 'FENCED_LEADER_EPOCH', offset: -1 }];
    expect(renderRow(stepOf({ type: 'ListOffsetsAnswered', broker: 1, consumer: 'c1', partitions: listed })).output).toBe('t-0 earliest = 0; t-1 latest = FENCED_LEADER_EPOCH');
    const ends = [{ topic: 't', partition: 0, leaderEpoch: 1, error: null, endOffset: 12 }];
    expect(renderRow(stepOf({ type: 'OffsetsForLeaderEpochAnswered', broker: 1, consumer: 'c1', partitions: ends }))).toEqual({
      component: 'Broker 1', action: 'Answered OffsetsForLeaderEpoch from consumer c1', messageState: 'From its leader-epoch cache', output: 't-0: epoch 1 ends at 12',
    });
  });

  it('FindCoordinator: the coordinator, or none available', () => {
    const asked = { type: 'FindCoordinatorAnswered' as const, broker: 1, consumer: 'c1', groupId: 'g', offsetsPartition: 17 };
    expect(renderRow(stepOf({ ...asked, coordinator: 2 }))).toEqual({ component: 'Broker 1', action: 'Consumer c1 asked who coordinates group g', messageState: 'The leader of __consumer_offsets partition 17 coordinates it', output: 'Broker 2' });
    expect(renderRow(stepOf({ ...asked, coordinator: null })).output).toBe('COORDINATOR_NOT_AVAILABLE: no broker of that partition is up');
  });
});

describe('the controller’s metadata push', () => {
  it('applied: the replicas whose role changed, or routine when none did', () => {
    const lead = { role: 'leader' as const, topic: 't', partition: 0, leaderEpoch: 2, isr: [1, 3], logEndOffset: 9, highWatermark: 7 };
    const follow = { role: 'follower' as const, topic: 't', partition: 1, leader: 2, leaderEpoch: 4 };
    expect(renderRow(stepOf({ type: 'MetadataApplied', broker: 1, reason: 'broker 2 fenced', changes: [lead, follow] }))).toEqual({
      component: 'Broker 1', action: 'Applied metadata from the controller (broker 2 fenced)', messageState: 'Role changed',
      output: 'Now leads t-0 (epoch 2, ISR [1,3], LEO 9, HW 7); follows broker 2 for t-1 (epoch 4)',
    });
    expect(renderRow(stepOf({ type: 'MetadataApplied', broker: 1, reason: 'x', changes: [] }))).toMatchObject({ messageState: 'Metadata cache updated', output: 'No change to its own replicas', routine: true });
  });
});

describe('what a consumer drops', () => {
  it('says why, routinely', () => {
    const dropped = { type: 'ConsumerMessageDropped' as const, consumer: 'c1', from: 'broker-2', message: 'FetchResponse' };
    expect(renderRow(stepOf({ ...dropped, reason: 'crashed' }))).toEqual({ component: 'Consumer c1', action: 'FetchResponse from broker-2 arrived', messageState: 'The consumer is crashed', output: 'Dropped', routine: true });
    expect(renderRow(stepOf({ ...dropped, reason: 'late' })).action).toBe('Late FetchResponse from broker-2');
    expect(renderRow(stepOf({ ...dropped, reason: 'closing' }))).toMatchObject({ messageState: 'Closing', output: 'Ignored' });
    expect(renderRow(stepOf({ ...dropped, message: 'ConnectionClosed', reason: 'nothingWaiting' }))).toMatchObject({ action: 'Connection to broker-2 closed', messageState: 'Nothing was waiting on it', output: 'No change' });
  });
});

describe('a request a consumer is in no state for', () => {
  it('changes nothing, and says the life it found', () => {
    const asked = { type: 'ConsumerRequestIgnored' as const, consumer: 'c1' };
    expect(renderRow(stepOf({ ...asked, request: 'start', life: 'closing' }))).toEqual({ component: 'Consumer c1', action: 'Start requested', messageState: 'Already running', output: 'No change' });
    expect(renderRow(stepOf({ ...asked, request: 'crash', life: 'crashed' })).messageState).toBe('Already crashed');
    expect(renderRow(stepOf({ ...asked, request: 'commit', life: 'stopped' }))).toMatchObject({ action: 'commitSync requested', messageState: 'It is stopped' });
  });
});
