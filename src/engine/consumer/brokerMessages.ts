// A consumer request arriving at a broker: reads go to the partition side, group and offset
// requests to the group coordinator side. Answers never arrive at brokers.
import type { RowText } from '../core/context';
import type { BrokerState, SimState } from '../core/state';
import { handleConsumerFetch, handleConsumerMetadata, handleFindCoordinator, handleListOffsets, handleOffsetsForLeaderEpoch } from './brokerReads';
import { handleGroupRequest } from './groupCoordinator';
import type { ConsumerMessageBody } from './messages';

export function brokerMessage(state: SimState, broker: BrokerState, from: string, body: ConsumerMessageBody): RowText {
  switch (body.kind) {
    case 'Metadata': return handleConsumerMetadata(state, broker, from, body.payload);
    case 'FindCoordinator': return handleFindCoordinator(state, broker, from, body.payload);
    case 'Fetch': return handleConsumerFetch(state, broker, from, body.payload);
    case 'ListOffsets': return handleListOffsets(state, broker, from, body.payload);
    case 'OffsetsForLeaderEpoch': return handleOffsetsForLeaderEpoch(state, broker, from, body.payload);
    case 'JoinGroup':
    case 'SyncGroup':
    case 'Heartbeat':
    case 'LeaveGroup':
    case 'OffsetCommit':
    case 'OffsetFetch':
      return handleGroupRequest(state, broker, from, body);
    default:
      return { component: `Broker ${broker.id}`, action: `Received ${body.kind} from ${from}`, messageState: 'Not a request', output: 'Ignored' };
  }
}
