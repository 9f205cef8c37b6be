// A producer applying a Metadata answer: newer leaders (by leader epoch) and grown partition
// counts, then it drains whatever was waiting for a leader. Apart from metadata.ts, which the
// sender calls to ask for metadata, so neither imports the other.
import { cancelTimer, emit, type Played } from '../core/context';
import type { NetBody } from '../core/events';
import type { ProducerState, SimState } from '../core/state';
import { tpKey } from '../core/state';
import { sendReady } from './sender';

type MetadataResponse = Extract<NetBody, { type: 'MetadataResponse' }>;

/** Each leader learned and each partition count grown is an event; then what waited is sent. */
export function handleMetadataResponse(state: SimState, p: ProducerState, res: MetadataResponse): Played {
  p.metadataRequest = null;
  p.metadataFailures = 0;
  cancelTimer(state, { type: 'metadataTimeout', producer: p.id });
  for (const m of res.partitions) {
    const tp = tpKey(m.topic, m.partition);
    const before = p.metadata[tp];
    if (!before || before.leaderEpoch <= m.leaderEpoch) {
      if (before?.leader !== m.leader) emit(state, { type: 'ProducerLeaderLearned', producer: p.id, topic: m.topic, partition: m.partition, before: before?.leader ?? null, leader: m.leader });
      p.metadata[tp] = { leader: m.leader, leaderEpoch: m.leaderEpoch };
    }
  }
  for (const [topic, n] of Object.entries(res.partitionCounts)) {
    if (n > (p.partitionCounts[topic] ?? 0)) {
      emit(state, { type: 'ProducerPartitionsGrew', producer: p.id, topic, count: n });
      p.partitionCounts[topic] = n;
    }
  }
  sendReady(state, p);
  emit(state, { type: 'ProducerMetadataUpdated', producer: p.id });
  return true;
}
