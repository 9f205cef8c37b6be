// One event → one rule → one step (its events head its row). Returns null for a timer that was
// replaced or cancelled: such an event is not a step.
import type { Played, RuleOutcome } from './context';
import { brokerIdOf, emit, scheduleNextRepeat } from './context';
import type { EngineEventInput } from '../rowEvents';
import type { NetMessage, QueuedEvent, Timer } from './events';
import { deliveryFate, messageNames, requestIdOf, send } from './network';
import type { SimState } from './state';
import { performAction } from './actions';
import { fetchSessionClosed, handleFetchResponse, retryFetch } from '../broker/follower';
import { alterPartitionTimedOut, checkIsrExpiration, handleAlterPartitionResponse } from '../broker/isr';
import { handleFetch } from '../broker/leaderFetch';
import { expireParkedFetch } from '../broker/fetchPurgatory';
import { handleRegistrationResponse, heartbeatTimer } from '../broker/lifecycle';
import { handleMetadataRequest, handleMetadataUpdate } from '../broker/metadata';
import { handleListOffsets, handleOffsetsForLeaderEpoch } from '../broker/offsetRequests';
import { handleFindCoordinator } from '../consumer/findCoordinator';
import { handleGroupRequest } from '../consumer/groupCoordinator';
import { handleProduceRequest } from '../broker/produce';
import { expireProduceRequest } from '../broker/purgatory';
import { retentionCheck } from '../broker/retention';
import { handleAlterPartition, leaderImbalanceCheck } from '../controller/controller';
import { handleHeartbeat, handleRegistration, handleSessionExpired } from '../controller/sessions';
import { consumerMessage, consumerTimer } from '../consumer/consumers';
import { metadataBackoffExpired, metadataFailed, metadataMaxAgeExpired } from '../producer/metadata';
import { handleMetadataResponse } from '../producer/metadataResponse';
import { tpKey } from './state';
import { findProducer } from '../producer/producerConfig';
import { lingerExpired } from '../producer/accumulator';
import { deliveryTimedOut, handleProduceResponse, retryBackoffExpired } from '../producer/sender';
import { connectAttemptEnded, connectionClosed, requestTimedOut } from '../producer/disconnects';

export function dispatch(state: SimState, event: QueuedEvent): RuleOutcome {
  const body = event.body;
  switch (body.kind) {
    case 'script':
      scheduleNextRepeat(state, body.index, body.repeat, event.seq);
      return performAction(state, state.scenario.script[body.index], body.repeat);
    case 'intervention':
      emit(state, { type: 'InterventionApplied', detail: body.action.do });
      return performAction(state, body.action, 0);
    case 'timer':
      if (state.timers.get(body.key) !== event.seq) return null;
      state.timers.delete(body.key);
      return onTimer(state, body.timer);
    case 'deliver':
      return deliver(state, body.msg);
  }
}

function onTimer(state: SimState, t: Timer): RuleOutcome {
  switch (t.type) {
    case 'brokerHeartbeat': return heartbeatTimer(state, state.brokers[t.broker - 1]);
    case 'brokerSessionExpired': return handleSessionExpired(state, t.broker, t.brokerEpoch);
    case 'isrExpiration': return checkIsrExpiration(state, state.brokers[t.broker - 1]);
    case 'fetchWaitExpired': return expireParkedFetch(state, state.brokers[t.broker - 1], t.requestId);
    case 'produceTimeout': {
      const p = expireProduceRequest(state, state.brokers[t.broker - 1], t.requestId);
      if (!p) return null;
      return emitted(state, { type: 'ProduceRequestTimedOut', broker: t.broker, producer: p.producer, offset: p.baseOffset, tp: p.tp, lastOffset: p.lastOffset });
    }
    case 'fetchBackoff': return retryFetch(state, state.brokers[t.broker - 1], t.leader);
    case 'lingerExpired': return lingerExpired(state, findProducer(state, t.producer), t.batchId);
    case 'requestTimeout': return requestTimedOut(state, findProducer(state, t.producer), t.requestId);
    case 'retryBackoff': return retryBackoffExpired(state, findProducer(state, t.producer), t.batchId);
    case 'deliveryTimeout': return deliveryTimedOut(state, findProducer(state, t.producer), t.batchId);
    case 'metadataTimeout': return metadataFailed(state, findProducer(state, t.producer));
    case 'metadataMaxAge': return metadataMaxAgeExpired(state, findProducer(state, t.producer));
    case 'metadataBackoff': return metadataBackoffExpired(state, findProducer(state, t.producer));
    case 'producerConnect': return connectAttemptEnded(state, findProducer(state, t.producer), t.broker);
    case 'alterPartitionTimeout': return alterPartitionTimedOut(state, state.brokers[t.broker - 1], tpKey(t.topic, t.partition));
    case 'retentionCheck': return retentionCheck(state, state.brokers[t.broker - 1]);
    case 'leaderImbalanceCheck': return leaderImbalanceCheck(state);
    case 'consumerTimer':
    case 'groupTimer':
      return consumerTimer(state, t);
  }
}

function deliver(state: SimState, msg: NetMessage): RuleOutcome {
  const fate = deliveryFate(state, msg);
  if (fate === 'lost') return emitted(state, { type: 'MessageLost', from: msg.from, to: msg.to, message: messageNames(state, msg).label });
  if (fate === 'refused') {
    const requestId = requestIdOf(msg.body);
    if (requestId !== null) send(state, msg.to, msg.from, { type: 'ConnectionClosed', requestIds: [requestId] });
    return emitted(state, { type: 'MessageRefused', from: msg.from, to: msg.to, message: messageNames(state, msg).label, request: requestId !== null });
  }
  const toBroker = brokerIdOf(msg.to);
  if (toBroker !== null) return deliverToBroker(state, toBroker, msg);
  if (msg.to === 'controller') return deliverToController(state, msg);
  if (hasId(state.producers, msg.to)) return deliverToProducer(state, msg);
  if (hasId(state.consumers, msg.to)) return deliverToConsumer(state, msg);
  return emitted(state, { type: 'MessageIgnored', to: msg.to, message: msg.body.type });
}

/** Whether a client of this id exists: a loop, not some() with a closure, as every message to a client asks. */
function hasId(clients: readonly { id: string }[], id: string): boolean {
  for (let i = 0; i < clients.length; i++) if (clients[i].id === id) return true;
  return false;
}

/** Emits the event that tells what a step did, for rules that do nothing else. */
function emitted(state: SimState, event: EngineEventInput): Played {
  emit(state, event);
  return true;
}

function deliverToBroker(state: SimState, id: number, msg: NetMessage): RuleOutcome {
  const broker = state.brokers[id - 1];
  const b = msg.body;
  switch (b.type) {
    case 'ProduceRequest': return handleProduceRequest(state, broker, b);
    case 'FetchRequest': return handleFetch(state, broker, msg.from, b);
    case 'FetchResponse': return handleFetchResponse(state, broker, brokerIdOf(msg.from)!, b);
    case 'MetadataUpdate': return handleMetadataUpdate(state, broker, b);
    case 'BrokerRegistrationResponse': return handleRegistrationResponse(state, broker, b.brokerEpoch);
    case 'AlterPartitionResponse': return handleAlterPartitionResponse(state, broker, b);
    case 'MetadataRequest': return handleMetadataRequest(state, broker, msg.from, b);
    case 'ConnectionClosed': {
      const leader = brokerIdOf(msg.from)!;
      fetchSessionClosed(state, broker, leader);
      return emitted(state, { type: 'FetcherConnectionLost', broker: id, leader });
    }
    case 'ListOffsetsRequest': return handleListOffsets(state, broker, msg.from, b);
    case 'OffsetsForLeaderEpochRequest': return handleOffsetsForLeaderEpoch(state, broker, msg.from, b);
    case 'FindCoordinatorRequest': return handleFindCoordinator(state, broker, msg.from, b);
    case 'JoinGroupRequest':
    case 'SyncGroupRequest':
    case 'HeartbeatRequest':
    case 'LeaveGroupRequest':
    case 'OffsetCommitRequest':
    case 'OffsetFetchRequest':
      return handleGroupRequest(state, broker, msg.from, b);
    default: return emitted(state, { type: 'MessageIgnored', to: msg.to, message: b.type });
  }
}

function deliverToController(state: SimState, msg: NetMessage): RuleOutcome {
  const b = msg.body;
  switch (b.type) {
    case 'BrokerRegistration': return handleRegistration(state, b.broker);
    case 'BrokerHeartbeat': return handleHeartbeat(state, b.broker, b.brokerEpoch, b.metadataOffset);
    case 'AlterPartition': return handleAlterPartition(state, b);
    default: return emitted(state, { type: 'MessageIgnored', to: msg.to, message: b.type });
  }
}

function deliverToProducer(state: SimState, msg: NetMessage): RuleOutcome {
  const p = findProducer(state, msg.to);
  const b = msg.body;
  switch (b.type) {
    case 'ProduceResponse': return handleProduceResponse(state, p, msg.from, b);
    case 'MetadataResponse': return handleMetadataResponse(state, p, b);
    case 'ConnectionClosed': return connectionClosed(state, p, msg.from, b.requestIds);
    default: return emitted(state, { type: 'MessageIgnored', producer: p.id, to: msg.to, message: b.type });
  }
}

function deliverToConsumer(state: SimState, msg: NetMessage): RuleOutcome {
  const b = msg.body;
  switch (b.type) {
    case 'ConnectionClosed':
    case 'MetadataResponse':
    case 'FindCoordinatorResponse':
    case 'FetchResponse':
    case 'ListOffsetsResponse':
    case 'OffsetsForLeaderEpochResponse':
    case 'JoinGroupResponse':
    case 'SyncGroupResponse':
    case 'HeartbeatResponse':
    case 'LeaveGroupResponse':
    case 'OffsetCommitResponse':
    case 'OffsetFetchResponse':
      return consumerMessage(state, msg.from, msg.to, b);
    default: return emitted(state, { type: 'MessageIgnored', to: msg.to, message: b.type });
  }
}
