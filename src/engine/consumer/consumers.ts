// The read side's entry points for the engine loop: set-up, scripted actions, timers, and the
// answers that reach a consumer. (Brokers answer consumers' requests in broker/ and in the group
// coordinator's files here; a broker's crash reaches the read side through brokerCrash.ts.)
//
// Consumers here are Kafka 4.x KafkaConsumers with the classic group protocol. Simplified:
// - __consumer_offsets is not replicated: its partition's leader is the first up, unfenced broker
//   of its default placement, and it stays there while that broker lives (coordinatorPlacement.ts);
//   a new coordinator loads the group at once.
// - Member ids are <client id>-<start count> (Kafka: <client id>-<UUID>), handed out at the first
//   JoinGroup without the MEMBER_ID_REQUIRED round trip (KIP-394); no static membership.
// - A consumer fetch is a full fetch (no KIP-227 sessions), at most 100 records per partition
//   instead of fetch.max.bytes; read_uncommitted only.
// - Clients pick bootstrap brokers round robin, skipping those in reconnect backoff; a connection
//   to a dead broker fails after one network trip.
// - commitSync fails at once when the coordinator is unknown instead of waiting up to
//   default.api.timeout.ms.
// - A committed position is validated (OffsetsForLeaderEpoch) only when it was committed under an
//   older leader epoch than the client's metadata shows.
import { emit, type Played, type RuleOutcome, setTimer } from '../core/context';
import type { Timer } from '../core/events';
import type { SimState } from '../core/state';
import { sendCommit } from './clientCommit';
import { requestMetadata } from './clientFetch';
import { heartbeat } from './clientGroup';
import { type ClientBound, clientMessage, disconnectCoordinator, failRequest } from './clientResponses';
import { crashRow, requestIgnored, startRow, stopRow } from './consumerLifecycle';
import { findConsumer, newConsumer } from './consumerState';
import { groupOf, groupTimer } from './groupCoordinator';
import { poll, processed } from './pollLoop';

export function initConsumers(state: SimState): void {
  state.consumers = state.scenario.consumers.map((c) => newConsumer(c.id, c.groupId));
  for (const spec of state.scenario.consumers) {
    groupOf(state, spec.groupId);
    if (spec.autoStart) setTimer(state, 0, { type: 'consumerTimer', consumer: spec.id, kind: 'start' });
  }
}

export type ConsumerAction = 'startConsumer' | 'stopConsumer' | 'crashConsumer' | 'commit';

export function consumerAction(state: SimState, action: ConsumerAction, consumer: string): Played {
  const c = findConsumer(state, consumer);
  switch (action) {
    case 'startConsumer': return startRow(state, c);
    case 'stopConsumer': return stopRow(state, c);
    case 'crashConsumer': return crashRow(state, c);
    case 'commit': {
      if (c.life !== 'running') return requestIgnored(state, c, 'commit');
      emit(state, { type: 'CommitSyncCalled', consumer: c.id, commit: sendCommit(state, c, 'script') });
      return true;
    }
  }
}

function clientTimer(state: SimState, t: Extract<Timer, { type: 'consumerTimer' }>): RuleOutcome {
  const c = findConsumer(state, t.consumer);
  switch (t.kind) {
    case 'start': return startRow(state, c);
    case 'poll': return poll(state, c, false);
    case 'pollTimeout': return poll(state, c, true);
    case 'processed': return processed(state, c);
    case 'heartbeat': {
      const beat = heartbeat(state, c);
      if (!beat) return null;
      const failed = beat.kind === 'sessionLost' ? disconnectCoordinator(state, c) : [];
      emit(state, { type: 'HeartbeatThreadRan', consumer: c.id, generation: c.generation, beat, failed });
      return true;
    }
    case 'requestTimeout': return failRequest(state, c, t.ref!, 'REQUEST_TIMED_OUT');
    case 'metadataAge': {
      if (c.life !== 'running') return null;
      const sent = requestMetadata(state, c);
      if (!sent) return null;
      emit(state, { type: 'ConsumerMetadataMaxAgeExpired', consumer: c.id, sent });
      return true;
    }
  }
  return null;
}

export function consumerTimer(state: SimState, t: Extract<Timer, { type: 'consumerTimer' | 'groupTimer' }>): RuleOutcome {
  return t.type === 'groupTimer' ? groupTimer(state, t) : clientTimer(state, t);
}

/** An answer or a closed connection arriving at a consumer. */
export function consumerMessage(state: SimState, from: string, to: string, body: ClientBound): Played {
  return clientMessage(state, findConsumer(state, to), from, body);
}
