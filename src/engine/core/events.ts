// What sits in the event queue: scripted actions, interventions, timers and network deliveries.
import type { Intervention } from '../api.types';
import type { FetchPartitionReq, PartitionMeta, StoredRecord } from './state';

export type NetBody =
  | { type: 'ProduceRequest'; requestId: number; producer: string; acks: '0' | '1' | 'all'; timeoutMs: number;
      topic: string; partition: number; producerId: number; baseSequence: number;
      records: { key: string | null; value: string; sendRef: string; sizeBytes: number; createdMs: number }[] }
  | { type: 'ProduceResponse'; requestId: number; topic: string; partition: number; error: string | null;
      baseOffset: number }
  | { type: 'FetchRequest'; requestId: number; replicaId: number; brokerEpoch: number; partitions: FetchPartitionReq[] }
  | { type: 'FetchResponse'; requestId: number; partitions: FetchPartitionResp[] }
  | { type: 'BrokerRegistration'; broker: number }
  | { type: 'BrokerRegistrationResponse'; broker: number; brokerEpoch: number }
  | { type: 'BrokerHeartbeat'; broker: number; brokerEpoch: number; metadataOffset: number }
  | { type: 'MetadataUpdate'; offset: number; partitions: PartitionMeta[]; fencedBrokers: number[]; reason: string }
  | { type: 'AlterPartition'; broker: number; topic: string; partition: number; leaderEpoch: number;
      partitionEpoch: number; newIsr: number[] }
  | { type: 'AlterPartitionResponse'; topic: string; partition: number; error: string | null; meta: PartitionMeta }
  | { type: 'MetadataRequest'; requestId: number; client: string }
  | { type: 'MetadataResponse'; requestId: number; partitions: PartitionMeta[]; partitionCounts: Record<string, number> }
  | { type: 'ConnectionClosed'; requestIds: number[] }
  | ConsumerNetBody;

/** Consumer and group-coordinator messages (the read side); payloads in consumer/messages.ts. */
export type ConsumerNetBody = import('../consumer/messages').ConsumerMessageBody;

export interface FetchPartitionResp {
  topic: string;
  partition: number;
  error: string | null;
  records: StoredRecord[];
  highWatermark: number;
  logStartOffset: number;
  /** The leader's log end, which a follower ahead of it truncates to (Kafka asks with ListOffsets). */
  logEndOffset: number;
  divergingEpoch: { epoch: number; endOffset: number } | null;
}

export interface NetMessage {
  id: number;
  from: string;
  to: string;
  sentAtMs: number;
  deliverAtMs: number;
  body: NetBody;
}

export type Timer =
  | { type: 'brokerHeartbeat'; broker: number }
  | { type: 'brokerSessionExpired'; broker: number; brokerEpoch: number }
  | { type: 'isrExpiration'; broker: number }
  | { type: 'fetchWaitExpired'; broker: number; requestId: number }
  | { type: 'produceTimeout'; broker: number; requestId: number }
  | { type: 'fetchBackoff'; broker: number; leader: number }
  | { type: 'lingerExpired'; producer: string; batchId: number }
  | { type: 'requestTimeout'; producer: string; requestId: number }
  | { type: 'retryBackoff'; producer: string; batchId: number }
  | { type: 'deliveryTimeout'; producer: string; batchId: number }
  | { type: 'metadataTimeout'; producer: string; requestId: number }
  | { type: 'metadataMaxAge'; producer: string }
  | { type: 'metadataBackoff'; producer: string }
  | { type: 'producerConnect'; producer: string; broker: number }
  | { type: 'alterPartitionTimeout'; broker: number; topic: string; partition: number }
  | { type: 'retentionCheck'; broker: number }
  | { type: 'leaderImbalanceCheck' }
  | { type: 'consumerTimer'; consumer: string; kind: import('../consumer/consumerState').ConsumerTimerKind; ref?: number; broker?: number }
  | { type: 'groupTimer'; groupId: string; kind: 'join' | 'sync' | 'session'; member?: string };

export type QueuedBody =
  | { kind: 'script'; index: number; repeat: number }
  | { kind: 'intervention'; action: Intervention }
  | { kind: 'deliver'; msg: NetMessage }
  | { kind: 'timer'; key: string; timer: Timer };

export interface QueuedEvent {
  atMs: number;
  priority: number;
  seq: number;
  body: QueuedBody;
}
