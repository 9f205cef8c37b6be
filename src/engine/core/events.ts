// What sits in the event queue: scripted actions, interventions, timers and network deliveries.
import type { Intervention } from '../api.types';
import type { NetMessage } from './wire';

/** The wire's messages (core/wire.ts), under the names the rest of the engine knows them by. */
export type { FetchPartitionResp, NetMessage, WireMessage as NetBody } from './wire';

/** The consumer client's timers (its group's are groupTimer). */
export type ConsumerTimerKind = 'start' | 'poll' | 'pollTimeout' | 'processed' | 'heartbeat' | 'requestTimeout' | 'metadataAge';

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
  | { type: 'consumerTimer'; consumer: string; kind: ConsumerTimerKind; ref?: number; broker?: number }
  | { type: 'groupTimer'; groupId: string; kind: 'join' | 'sync' | 'session'; member?: string };

export type QueuedBody =
  | { kind: 'script'; index: number; repeat: number }
  | { kind: 'intervention'; action: Intervention }
  | { kind: 'deliver'; msg: NetMessage }
  | { kind: 'timer'; /** timerKey(timer) */ key: number; timer: Timer };

export interface QueuedEvent {
  atMs: number;
  priority: number;
  seq: number;
  body: QueuedBody;
}
