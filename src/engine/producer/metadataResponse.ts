// A producer applying a Metadata answer: newer leaders (by leader epoch) and grown partition
// counts, then it drains whatever was waiting for a leader. Apart from metadata.ts, which the
// sender calls to ask for metadata, so neither imports the other.
import { cancelTimer, type RowText } from '../core/context';
import type { NetBody } from '../core/events';
import type { ProducerState, SimState } from '../core/state';
import { tpKey } from '../core/state';
import { drain } from './sender';

type MetadataResponse = Extract<NetBody, { type: 'MetadataResponse' }>;

export function handleMetadataResponse(state: SimState, p: ProducerState, res: MetadataResponse): RowText {
  p.metadataRequest = null;
  p.metadataFailures = 0;
  cancelTimer(state, `p:${p.id}:metadata`);
  const changes: string[] = [];
  for (const m of res.partitions) {
    const tp = tpKey(m.topic, m.partition);
    const before = p.metadata[tp];
    if (!before || before.leaderEpoch <= m.leaderEpoch) {
      if (before?.leader !== m.leader) changes.push(`${tp} leader ${before?.leader ?? 'none'}→${m.leader ?? 'none'}`);
      p.metadata[tp] = { leader: m.leader, leaderEpoch: m.leaderEpoch };
    }
  }
  for (const [topic, n] of Object.entries(res.partitionCounts)) {
    if (n > (p.partitionCounts[topic] ?? 0)) {
      changes.push(`${topic} now has ${n} partitions`);
      p.partitionCounts[topic] = n;
    }
  }
  const sent = drain(state, p);
  return {
    component: `Producer ${p.id}`,
    action: 'Updated its metadata',
    messageState: changes.length > 0 ? changes.join('; ') : 'No change',
    output: sent.length > 0 ? sent.join('; ') : 'Nothing waiting to send',
    routine: changes.length === 0 && sent.length === 0,
  };
}
