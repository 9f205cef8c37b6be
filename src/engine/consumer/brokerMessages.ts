// A consumer request arriving at a broker: reads go to the partition side, group and offset
// requests to the group coordinator side. Answers never arrive at brokers.
import type { RowText } from '../core/context';
import type { BrokerState, SimState } from '../core/state';
import { handleConsumerFetch, handleConsumerMetadata, handleFindCoordinator, handleListOffsets, handleOffsetsForLeaderEpoch } from './brokerReads';
import { type GroupRequestBody, handleGroupRequest } from './groupCoordinator';
import type { Wire } from '../core/wire';

export type ConsumerRequest = Wire<'MetadataRequest' | 'FindCoordinatorRequest' | 'FetchRequest' | 'ListOffsetsRequest' | 'OffsetsForLeaderEpochRequest'> | GroupRequestBody;

export function brokerMessage(state: SimState, broker: BrokerState, from: string, body: ConsumerRequest): RowText {
  switch (body.type) {
    case 'MetadataRequest': return handleConsumerMetadata(state, broker, from, body);
    case 'FindCoordinatorRequest': return handleFindCoordinator(state, broker, from, body);
    case 'FetchRequest': return handleConsumerFetch(state, broker, from, body);
    case 'ListOffsetsRequest': return handleListOffsets(state, broker, from, body);
    case 'OffsetsForLeaderEpochRequest': return handleOffsetsForLeaderEpoch(state, broker, from, body);
    case 'JoinGroupRequest':
    case 'SyncGroupRequest':
    case 'HeartbeatRequest':
    case 'LeaveGroupRequest':
    case 'OffsetCommitRequest':
    case 'OffsetFetchRequest':
      return handleGroupRequest(state, broker, from, body);
  }
}
