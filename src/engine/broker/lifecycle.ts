// A broker process: it crashes (memory gone, log, epoch cache and HW checkpoint kept on disk),
// restarts, registers with the controller (a new broker epoch), and heartbeats.
import { brokerNode, cancelTimersOf, emit, type RowText, setTimer } from '../core/context';
import { send } from '../core/network';
import type { BrokerState, SimState } from '../core/state';
import { brokerConfig, sessionTimeoutMs } from './config';
import { scheduleIsrExpiration } from './isr';
import { logEndOffset } from './replicaLog';
import { notifyConnectionsClosed } from './connections';

export function newBroker(id: number): BrokerState {
  return {
    id, up: true, brokerEpoch: -1, registered: false, replicas: {}, metadata: {}, fencedBrokers: [], metadataOffset: 0,
    fetchSessions: {}, parkedFetches: {}, purgatory: [],
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

export function crashBroker(state: SimState, broker: BrokerState): RowText {
  if (!broker.up) return { component: `Broker ${broker.id}`, action: 'Crash requested', messageState: 'Already down', output: 'No change' };
  broker.up = false;
  broker.registered = false;
  broker.brokerEpoch = -1;
  broker.metadata = {};
  broker.fencedBrokers = [];
  broker.metadataOffset = 0;
  broker.fetchSessions = {};
  broker.parkedFetches = {};
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
  emit(state, { type: 'BrokerCrashed', broker: broker.id });
  const logs = Object.values(broker.replicas).map((r) => `${r.topic}-${r.partition} LEO ${logEndOffset(r)}`).join(', ');
  return {
    component: `Broker ${broker.id}`,
    action: `Crashed: the process stopped at once`,
    messageState: `Memory lost; log kept on disk${logs ? ` (${logs})` : ''}`,
    output: `${closed > 0 ? `${closed} open request(s) lose their connection; ` : ''}${whoNotices(state, broker.id)}`,
  };
}

function whoNotices(state: SimState, id: number): string {
  const timeout = sessionTimeoutMs(state.scenario);
  if (state.scenario.cluster.metadata !== 'zookeeper') return `the controller notices after broker.session.timeout.ms (${timeout} ms) without heartbeats`;
  // Ephemeral znodes outlive the process until ZooKeeper expires its session.
  const held = state.controller.zkControllerBroker === id ? ' and /controller' : '';
  return `its ZooKeeper session, /brokers/ids/${id}${held} stay until the session expires (zookeeper.session.timeout.ms, ${timeout} ms)`;
}

export function restartBroker(state: SimState, broker: BrokerState): RowText {
  if (broker.up) return { component: `Broker ${broker.id}`, action: 'Restart requested', messageState: 'Already up', output: 'No change' };
  startBroker(state, broker);
  emit(state, { type: 'BrokerRestarted', broker: broker.id });
  return {
    component: `Broker ${broker.id}`,
    action: 'Restarted: loaded its logs from disk',
    messageState: 'Up, not yet registered',
    output: 'Sent BrokerRegistration to the controller',
  };
}

export function handleRegistrationResponse(state: SimState, broker: BrokerState, brokerEpoch: number): RowText {
  broker.registered = true;
  broker.brokerEpoch = brokerEpoch;
  sendHeartbeat(state, broker);
  return {
    component: `Broker ${broker.id}`,
    action: `Registered with the controller (broker epoch ${brokerEpoch})`,
    messageState: 'Fenced until its first heartbeat is accepted',
    output: 'Sent its first heartbeat',
  };
}

export function sendHeartbeat(state: SimState, broker: BrokerState): void {
  send(state, brokerNode(broker.id), 'controller', { type: 'BrokerHeartbeat', broker: broker.id, brokerEpoch: broker.brokerEpoch, metadataOffset: broker.metadataOffset });
  setTimer(state, state.timeMs + brokerConfig(state).brokerHeartbeatIntervalMs, { type: 'brokerHeartbeat', broker: broker.id });
}

export function heartbeatTimer(state: SimState, broker: BrokerState): RowText {
  sendHeartbeat(state, broker);
  return { component: `Broker ${broker.id}`, action: 'Sent a heartbeat to the controller', messageState: 'Alive', output: `Next in ${brokerConfig(state).brokerHeartbeatIntervalMs} ms`, routine: true };
}
