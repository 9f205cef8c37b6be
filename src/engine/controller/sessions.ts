// Broker liveness as the controller sees it: registration, heartbeats and session expiry. In KRaft
// a broker is fenced after broker.session.timeout.ms without heartbeats; in ZooKeeper mode the
// heartbeats stand for the broker's ZooKeeper session, which expires after
// zookeeper.session.timeout.ms and takes the broker's ephemeral /brokers/ids node (and /controller,
// if it held it) with it (KafkaController.processBrokerChange, processReelect).
import { brokerNode, emit, type Played, setTimer } from '../core/context';
import { send } from '../core/network';
import type { SimState } from '../core/state';
import { sessionTimeoutMs } from '../broker/config';
import { commitChange, fenceBroker, publishMetadata, sendFullMetadata } from './controller';
import { elect } from './election';
import { brokerConfig } from '../broker/config';
import { controllerAbsent, controllerSeat, isZookeeperMode, nextControllerBroker } from './zookeeper';

function setSessionTimer(state: SimState, broker: number, brokerEpoch: number): void {
  setTimer(state, state.timeMs + sessionTimeoutMs(state.scenario), { type: 'brokerSessionExpired', broker, brokerEpoch });
}

export function handleRegistration(state: SimState, broker: number): Played {
  // A restarted broker whose old session has not expired yet: the old incarnation goes first, so
  // it leaves every ISR and loses its leaderships with an epoch bump (an unclean shutdown).
  const old = state.controller.brokers[String(broker)];
  if (old && !old.fenced && !state.controller.zkUnseenExpiries.includes(broker)) {
    endSession(state, broker);
    emit(state, { type: 'PreviousIncarnationRemoved', broker });
  }
  const brokerEpoch = state.controller.nextBrokerEpoch++;
  state.controller.brokers[String(broker)] = { registered: true, fenced: true, brokerEpoch, lastHeartbeatMs: state.timeMs };
  setSessionTimer(state, broker, brokerEpoch);
  send(state, 'controller', brokerNode(broker), { type: 'BrokerRegistrationResponse', broker, brokerEpoch });
  // ZooKeeper mode: with /controller free, a starting broker creates it (KafkaController.elect).
  if (isZookeeperMode(state) && state.controller.zkControllerBroker === null) claimController(state, broker);
  if (!controllerAbsent(state)) sendFullMetadata(state, broker, 'full metadata after registration');
  emit(state, { type: 'BrokerRegistered', broker, detail: `broker epoch ${brokerEpoch}`, brokerEpoch, seat: controllerSeat(state) });
  return true;
}

export function handleHeartbeat(state: SimState, broker: number, brokerEpoch: number, metadataOffset: number): Played {
  const b = state.controller.brokers[String(broker)];
  if (!b || b.brokerEpoch !== brokerEpoch) {
    emit(state, { type: 'StaleHeartbeatIgnored', broker, brokerEpoch, seat: controllerSeat(state) });
    return true;
  }
  b.lastHeartbeatMs = state.timeMs;
  setSessionTimer(state, broker, brokerEpoch);
  const timeoutMs = sessionTimeoutMs(state.scenario);
  if (controllerAbsent(state)) {
    // ZooKeeper keeps the session alive; joining the cluster needs a controller.
    emit(state, { type: 'SessionRenewed', broker, seat: controllerSeat(state), fenced: b.fenced, timeoutMs });
    return true;
  }
  const behind = metadataOffset < state.controller.metadataOffset;
  if (behind) sendFullMetadata(state, broker, `catching up from metadata offset ${metadataOffset}`);
  if (!b.fenced) {
    emit(state, { type: 'HeartbeatReceived', broker, seat: controllerSeat(state), timeoutMs, behind, metadataOffset, controllerOffset: state.controller.metadataOffset });
    return true;
  }
  b.fenced = false;
  emit(state, { type: 'BrokerUnfenced', broker, seat: controllerSeat(state) });
  for (const meta of Object.values(state.controller.partitions)) {
    if (meta.leader !== null || !meta.replicas.includes(broker)) continue;
    commitChange(state, meta, elect(state.controller, meta, brokerConfig(state).uncleanLeaderElectionEnable));
  }
  publishMetadata(state, Object.values(state.controller.partitions), `broker ${broker} unfenced`);
  return true;
}

export function handleSessionExpired(state: SimState, broker: number, brokerEpoch: number): Played | null {
  const b = state.controller.brokers[String(broker)];
  if (!b || b.brokerEpoch !== brokerEpoch || b.fenced) return null;
  const seat = controllerSeat(state);
  const heldController = state.controller.zkControllerBroker === broker;
  endSession(state, broker);
  const seen = !isZookeeperMode(state) || !state.controller.zkUnseenExpiries.includes(broker);
  emit(state, { type: 'BrokerSessionExpired', broker, seat, timeoutMs: sessionTimeoutMs(state.scenario), heldController, seen, holderAfter: state.controller.zkControllerBroker });
  return true;
}

/**
 * Ends a broker's session. ZooKeeper mode: if it held /controller, another broker wins it and, as
 * the new controller, handles every broker whose session ended unseen; with no controller the
 * expiry waits for the next one. What changed is events (rows/controller.ts lists them).
 */
function endSession(state: SimState, broker: number): void {
  if (!isZookeeperMode(state)) {
    fenceBroker(state, broker);
    return;
  }
  if (state.controller.zkControllerBroker === broker) {
    state.controller.zkUnseenExpiries.push(broker);
    const next = nextControllerBroker(state, broker);
    state.controller.zkControllerBroker = next;
    if (next === null) emit(state, { type: 'NoControllerLeft' });
    else claimController(state, next);
    return;
  }
  if (controllerAbsent(state)) {
    state.controller.zkUnseenExpiries.push(broker);
    return;
  }
  fenceBroker(state, broker);
}

/** A broker wins /controller; its failover handles the brokers that died unseen (onControllerFailover). */
function claimController(state: SimState, broker: number): void {
  state.controller.zkControllerBroker = broker;
  emit(state, { type: 'ControllerElected', broker });
  const unseen = state.controller.zkUnseenExpiries;
  state.controller.zkUnseenExpiries = [];
  for (const dead of unseen) fenceBroker(state, dead);
}
