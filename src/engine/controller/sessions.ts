// Broker liveness as the controller sees it: registration, heartbeats and session expiry. In KRaft
// a broker is fenced after broker.session.timeout.ms without heartbeats; in ZooKeeper mode the
// heartbeats stand for the broker's ZooKeeper session, which expires after
// zookeeper.session.timeout.ms and takes the broker's ephemeral /brokers/ids node (and /controller,
// if it held it) with it (KafkaController.processBrokerChange, processReelect).
import { brokerNode, emit, type RowText, setTimer } from '../core/context';
import { send } from '../core/network';
import type { SimState } from '../core/state';
import { sessionTimeoutMs } from '../broker/config';
import { commitChange, fenceBroker, publishMetadata, sendFullMetadata } from './controller';
import { elect } from './election';
import { brokerConfig } from '../broker/config';
import { controllerAbsent, controllerName, isZookeeperMode, nextControllerBroker, noControllerReason } from './zookeeper';

function setSessionTimer(state: SimState, broker: number, brokerEpoch: number): void {
  setTimer(state, state.timeMs + sessionTimeoutMs(state.scenario), { type: 'brokerSessionExpired', broker, brokerEpoch });
}

export function handleRegistration(state: SimState, broker: number): RowText {
  // A restarted broker whose old session has not expired yet: the old incarnation goes first, so
  // it leaves every ISR and loses its leaderships with an epoch bump (an unclean shutdown).
  const old = state.controller.brokers[String(broker)];
  const oldAlive = old && !old.fenced && !state.controller.zkUnseenExpiries.includes(broker);
  const endedFirst = oldAlive ? endSession(state, broker) : [];
  const brokerEpoch = state.controller.nextBrokerEpoch++;
  state.controller.brokers[String(broker)] = { registered: true, fenced: true, brokerEpoch, lastHeartbeatMs: state.timeMs };
  setSessionTimer(state, broker, brokerEpoch);
  send(state, 'controller', brokerNode(broker), { type: 'BrokerRegistrationResponse', broker, brokerEpoch });
  // ZooKeeper mode: with /controller free, a starting broker creates it (KafkaController.elect).
  const claimed = isZookeeperMode(state) && state.controller.zkControllerBroker === null ? claimController(state, broker) : null;
  if (!controllerAbsent(state)) sendFullMetadata(state, broker, 'full metadata after registration');
  emit(state, { type: 'BrokerRegistered', broker, detail: `broker epoch ${brokerEpoch}` });
  const before = endedFirst.length > 0 ? `Its previous incarnation was still registered, so it was removed first: ${endedFirst.join('; ')}. ` : '';
  const zk = isZookeeperMode(state);
  return {
    component: controllerName(state),
    action: zk ? `Broker ${broker} created /brokers/ids/${broker} (broker epoch ${brokerEpoch})` : `Registered broker ${broker} with broker epoch ${brokerEpoch}`,
    messageState: `Broker ${broker} is fenced until it heartbeats`,
    output: `${before}${claimed ? `${claimed}; ` : ''}${controllerAbsent(state) ? `No metadata yet: ${noControllerReason(state)}` : 'Sent it the full metadata'}`,
  };
}

export function handleHeartbeat(state: SimState, broker: number, brokerEpoch: number, metadataOffset: number): RowText {
  const b = state.controller.brokers[String(broker)];
  if (!b || b.brokerEpoch !== brokerEpoch) {
    return { component: controllerName(state), action: `Ignored a heartbeat from broker ${broker} with stale broker epoch ${brokerEpoch}`, messageState: 'Stale', output: 'No change' };
  }
  b.lastHeartbeatMs = state.timeMs;
  setSessionTimer(state, broker, brokerEpoch);
  const timeout = sessionTimeoutMs(state.scenario);
  if (controllerAbsent(state)) {
    // ZooKeeper keeps the session alive; joining the cluster needs a controller.
    return { component: controllerName(state), action: `Session of broker ${broker} renewed`, messageState: b.fenced ? `Broker ${broker} waits for a controller` : `Broker ${broker} alive`, output: `Renewed for ${timeout} ms; ${noControllerReason(state)}`, routine: !b.fenced };
  }
  const behind = metadataOffset < state.controller.metadataOffset;
  if (behind) sendFullMetadata(state, broker, `catching up from metadata offset ${metadataOffset}`);
  if (!b.fenced) {
    const output = `Session renewed for ${timeout} ms${behind ? `; broker ${broker} missed metadata (it has offset ${metadataOffset} of ${state.controller.metadataOffset}), sent it all again` : ''}`;
    return { component: controllerName(state), action: `Heartbeat from broker ${broker}`, messageState: `Broker ${broker} alive`, output, routine: !behind };
  }
  b.fenced = false;
  emit(state, { type: 'BrokerUnfenced', broker });
  const changes: string[] = [];
  for (const meta of Object.values(state.controller.partitions)) {
    if (meta.leader !== null || !meta.replicas.includes(broker)) continue;
    const change = commitChange(state, meta, elect(state.controller, meta, brokerConfig(state).uncleanLeaderElectionEnable));
    if (change) changes.push(change);
  }
  publishMetadata(state, Object.values(state.controller.partitions), `broker ${broker} unfenced`);
  return {
    component: controllerName(state),
    action: `Unfenced broker ${broker} (heartbeat accepted)`,
    messageState: `Broker ${broker} can lead and join ISRs again`,
    output: changes.length > 0 ? changes.join('; ') : 'No leader changes',
  };
}

export function handleSessionExpired(state: SimState, broker: number, brokerEpoch: number): RowText | null {
  const b = state.controller.brokers[String(broker)];
  if (!b || b.brokerEpoch !== brokerEpoch || b.fenced) return null;
  const timeout = sessionTimeoutMs(state.scenario);
  if (!isZookeeperMode(state)) {
    const changes = fenceBroker(state, broker);
    return {
      component: 'Controller',
      action: `Fenced broker ${broker}: no heartbeat for ${timeout} ms (broker.session.timeout.ms)`,
      messageState: `Broker ${broker} removed from every ISR`,
      output: changes.length > 0 ? changes.join('; ') : 'It led nothing and was in no ISR',
    };
  }
  const heldController = state.controller.zkControllerBroker === broker;
  const component = controllerName(state);
  const changes = endSession(state, broker);
  const seen = !state.controller.zkUnseenExpiries.includes(broker);
  return {
    component,
    action: `Broker ${broker}'s ZooKeeper session expired (zookeeper.session.timeout.ms, ${timeout} ms): /brokers/ids/${broker}${heldController ? ' and /controller are' : ' is'} gone`,
    messageState: seen ? `Broker ${broker} removed from every ISR` : `Nobody acts yet: ${noControllerReason(state)}`,
    output: changes.length > 0 ? changes.join('; ') : seen ? 'It led nothing and was in no ISR' : 'The next controller will see it',
  };
}

/**
 * Ends a broker's session. ZooKeeper mode: if it held /controller, another broker wins it and, as
 * the new controller, handles every broker whose session ended unseen; with no controller the
 * expiry waits for the next one. Returns what changed.
 */
function endSession(state: SimState, broker: number): string[] {
  if (!isZookeeperMode(state)) return fenceBroker(state, broker);
  if (state.controller.zkControllerBroker === broker) {
    state.controller.zkUnseenExpiries.push(broker);
    const next = nextControllerBroker(state, broker);
    state.controller.zkControllerBroker = next;
    if (next === null) return ['no live broker is left to win /controller'];
    return [claimController(state, next)];
  }
  if (controllerAbsent(state)) {
    state.controller.zkUnseenExpiries.push(broker);
    return [];
  }
  return fenceBroker(state, broker);
}

/** A broker wins /controller; its failover handles the brokers that died unseen (onControllerFailover). */
function claimController(state: SimState, broker: number): string {
  state.controller.zkControllerBroker = broker;
  emit(state, { type: 'ControllerElected', broker });
  const unseen = state.controller.zkUnseenExpiries;
  state.controller.zkUnseenExpiries = [];
  const changes = unseen.flatMap((dead) => fenceBroker(state, dead));
  return `broker ${broker} won /controller and is the controller now${changes.length > 0 ? `: ${changes.join('; ')}` : ''}`;
}
