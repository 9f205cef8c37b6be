// A broker process: it crashes (memory gone, log, epoch cache and HW checkpoint kept on disk),
// restarts, registers with the controller (a new broker epoch), and heartbeats.
import { brokerNode, cancelTimersOf, emit, type Played, setTimer } from '../core/context';
import { send } from '../core/network';
import type { BrokerState, SimState } from '../core/state';
import { tpKey } from '../core/state';
import { brokerConfig, sessionTimeoutMs } from './config';
import { scheduleIsrExpiration } from './isr';
import { logEndOffset } from './replicaLog';
import { notifyConnectionsClosed } from './connections';

export function newBroker(id: number): BrokerState {
  return {
    id, up: true, brokerEpoch: -1, registered: false, replicas: {}, metadata: {}, fencedBrokers: [], metadataOffset: 0,
    fetchSessions: {}, parkedFetches: [], purgatory: [],
  };
}

/** The broker's periodic work; at time 0 heartbeats are staggered so brokers do not beat in step. */
export function startBrokerTimers(state: SimState, broker: BrokerState, atBoot: boolean): void {
  scheduleIsrExpiration(state, broker.id);
  setTimer(state, state.timeMs + brokerConfig(state).logRetentionCheckIntervalMs, { type: 'retentionCheck', broker: broker.id });
  if (atBoot) {
    const interval = brokerConfig(state).brokerHeartbeatIntervalMs;
    const firstMs = Math.round((interval * broker.id) / (state.brokers.length + 1));
    setTimer(state, firstMs, { type: 'brokerHeartbeat', broker: broker.id });
  }
}

function startBroker(state: SimState, broker: BrokerState): void {
  broker.up = true;
  send(state, brokerNode(broker.id), 'controller', { type: 'BrokerRegistration', broker: broker.id });
  startBrokerTimers(state, broker, false);
}

export function crashBroker(state: SimState, broker: BrokerState): Played {
  if (!broker.up) {
    emit(state, { type: 'BrokerAlreadyDown', broker: broker.id });
    return true;
  }
  broker.up = false;
  broker.registered = false;
  broker.brokerEpoch = -1;
  broker.metadata = {};
  broker.fencedBrokers = [];
  broker.metadataOffset = 0;
  broker.fetchSessions = {};
  broker.parkedFetches = [];
  broker.purgatory = [];
  for (const r of Object.values(broker.replicas)) {
    r.role = 'none';
    r.leader = null;
    r.leaderEpoch = -1;
    r.isr = [];
    r.pendingIsr = null;
    r.followers = {};
  }
  cancelTimersOf(state, { broker: broker.id });
  const closed = notifyConnectionsClosed(state, broker.id);
  emit(state, {
    type: 'BrokerCrashed', broker: broker.id,
    logs: Object.values(broker.replicas).map((r) => ({ tp: tpKey(r.topic, r.partition), logEndOffset: logEndOffset(r) })),
    closedRequests: closed,
    // Who notices: the controller after its session timeout, or (ZooKeeper) the ephemeral znodes
    // outlive the process until ZooKeeper expires its session.
    sessionTimeoutMs: sessionTimeoutMs(state.scenario),
    zookeeper: state.scenario.cluster.metadata === 'zookeeper',
    heldController: state.controller.zkControllerBroker === broker.id,
  });
  return true;
}

export function restartBroker(state: SimState, broker: BrokerState): Played {
  if (broker.up) {
    emit(state, { type: 'BrokerAlreadyUp', broker: broker.id });
    return true;
  }
  startBroker(state, broker);
  emit(state, { type: 'BrokerRestarted', broker: broker.id });
  return true;
}

export function handleRegistrationResponse(state: SimState, broker: BrokerState, brokerEpoch: number): Played {
  broker.registered = true;
  broker.brokerEpoch = brokerEpoch;
  sendHeartbeat(state, broker);
  emit(state, { type: 'RegisteredWithController', broker: broker.id, brokerEpoch });
  return true;
}

export function sendHeartbeat(state: SimState, broker: BrokerState): void {
  send(state, brokerNode(broker.id), 'controller', { type: 'BrokerHeartbeat', broker: broker.id, brokerEpoch: broker.brokerEpoch, metadataOffset: broker.metadataOffset });
  setTimer(state, state.timeMs + brokerConfig(state).brokerHeartbeatIntervalMs, { type: 'brokerHeartbeat', broker: broker.id });
}

export function heartbeatTimer(state: SimState, broker: BrokerState): Played {
  sendHeartbeat(state, broker);
  emit(state, { type: 'BrokerHeartbeatSent', broker: broker.id, intervalMs: brokerConfig(state).brokerHeartbeatIntervalMs });
  return true;
}
