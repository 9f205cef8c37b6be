// The active controller (KRaft; in "zookeeper" mode the same rules, narrated as the controller
// broker and ZooKeeper): broker registration and heartbeats, fencing after
// broker.session.timeout.ms, elections, AlterPartition, and metadata sent to every broker.
import { deepFreeze } from '../core/clone';
import { brokerNode, emit, type RowText, setTimer } from '../core/context';
import type { NetBody } from '../core/events';
import { send } from '../core/network';
import type { PartitionMeta, SimState } from '../core/state';
import { tpKey } from '../core/state';
import { onLeaderChanged } from '../check/anomalies';
import { brokerConfig, fmtList } from '../broker/config';
import { applyElection, elect, electAfterFencing, electPreferred, type ElectionResult, isUnfenced } from './election';


/**
 * In "zookeeper" mode the same rules run, narrated as the ZooKeeper-era controller: the lowest
 * live broker holds /controller, and broker liveness is its ZooKeeper session.
 */
function controllerName(state: SimState): string {
  if (state.scenario.cluster.metadata !== 'zookeeper') return 'Controller';
  const active = state.controller.zkControllerBroker;
  return active !== null ? `Controller (broker ${active}, via ZooKeeper)` : 'Controller (via ZooKeeper)';
}

/** ZooKeeper mode: when the controller broker dies, the first live broker to grab /controller takes over. */
export function moveZkController(state: SimState): string | null {
  if (state.scenario.cluster.metadata !== 'zookeeper') return null;
  const current = state.controller.zkControllerBroker;
  if (current !== null && state.brokers[current - 1].up) return null;
  const next = state.brokers.find((b) => b.up)?.id ?? null;
  state.controller.zkControllerBroker = next;
  return next === null ? 'no broker is left to hold /controller' : `broker ${next} won the /controller znode and is the controller now`;
}

export function fencedBrokers(state: SimState): number[] {
  return Object.entries(state.controller.brokers).filter(([, b]) => b.fenced).map(([id]) => Number(id));
}

/** Every change gets the next metadata offset; brokers that missed one get everything at their next heartbeat. */
export function publishMetadata(state: SimState, partitions: PartitionMeta[], reason: string): void {
  const offset = ++state.controller.metadataOffset;
  for (const [id, b] of Object.entries(state.controller.brokers)) {
    if (!b.registered) continue;
    send(state, 'controller', brokerNode(Number(id)), { type: 'MetadataUpdate', offset, partitions, fencedBrokers: fencedBrokers(state), reason });
  }
}

function sendFullMetadata(state: SimState, broker: number, reason: string): void {
  send(state, 'controller', brokerNode(broker), {
    type: 'MetadataUpdate', offset: state.controller.metadataOffset, partitions: Object.values(state.controller.partitions), fencedBrokers: fencedBrokers(state), reason,
  });
}

function describeElection(meta: PartitionMeta, result: ElectionResult): string {
  const tp = tpKey(meta.topic, meta.partition);
  if (result.leader === null) return `${tp} is offline: no ISR member is alive (ISR stays ${fmtList(meta.isr)})`;
  const how = result.kind === 'unclean' ? 'UNCLEAN election of' : result.kind === 'preferred' ? 'preferred leader' : 'elected';
  return `${tp}: ${how} broker ${meta.leader} (leader epoch ${meta.leaderEpoch}, ISR ${fmtList(meta.isr)})`;
}

function commitChange(state: SimState, before: PartitionMeta, result: ElectionResult): string | null {
  const after = applyElection(before, result);
  if (!after) return null;
  state.controller.partitions[tpKey(after.topic, after.partition)] = after;
  if (after.leader !== before.leader) {
    emit(state, { type: after.leader === null ? 'PartitionOffline' : 'LeaderElected', topic: after.topic, partition: after.partition, broker: after.leader ?? undefined, detail: result.kind });
    onLeaderChanged(state, tpKey(after.topic, after.partition));
  } else {
    emit(state, { type: 'IsrChanged', topic: after.topic, partition: after.partition, detail: fmtList(after.isr) });
  }
  if (after.leader === before.leader) return `${tpKey(after.topic, after.partition)}: ISR ${fmtList(before.isr)}→${fmtList(after.isr)}`;
  return describeElection(after, result);
}

export function handleRegistration(state: SimState, broker: number): RowText {
  // A restarted broker whose old session has not expired yet: the old incarnation is fenced first,
  // so it leaves every ISR and loses its leaderships with an epoch bump (an unclean shutdown).
  const old = state.controller.brokers[String(broker)];
  const fencedFirst = old && !old.fenced ? fenceBroker(state, broker) : [];
  const brokerEpoch = state.controller.nextBrokerEpoch++;
  state.controller.brokers[String(broker)] = { registered: true, fenced: true, brokerEpoch, lastHeartbeatMs: state.timeMs };
  setSessionTimer(state, broker, brokerEpoch);
  send(state, 'controller', brokerNode(broker), { type: 'BrokerRegistrationResponse', broker, brokerEpoch });
  sendFullMetadata(state, broker, 'full metadata after registration');
  emit(state, { type: 'BrokerRegistered', broker, detail: `broker epoch ${brokerEpoch}` });
  const before = fencedFirst.length > 0 ? `Its previous incarnation was still registered, so it was fenced first: ${fencedFirst.join('; ')}. ` : '';
  return { component: controllerName(state), action: `Registered broker ${broker} with broker epoch ${brokerEpoch}`, messageState: `Broker ${broker} is fenced until it heartbeats`, output: `${before}Sent it the full metadata` };
}

function setSessionTimer(state: SimState, broker: number, brokerEpoch: number): void {
  setTimer(state, `controller:session:${broker}`, state.timeMs + brokerConfig(state).brokerSessionTimeoutMs, { type: 'brokerSessionExpired', broker, brokerEpoch });
}

export function handleHeartbeat(state: SimState, broker: number, brokerEpoch: number, metadataOffset: number): RowText {
  const b = state.controller.brokers[String(broker)];
  if (!b || b.brokerEpoch !== brokerEpoch) {
    return { component: controllerName(state), action: `Ignored a heartbeat from broker ${broker} with stale broker epoch ${brokerEpoch}`, messageState: 'Stale', output: 'No change' };
  }
  b.lastHeartbeatMs = state.timeMs;
  setSessionTimer(state, broker, brokerEpoch);
  const behind = metadataOffset < state.controller.metadataOffset;
  if (behind) sendFullMetadata(state, broker, `catching up from metadata offset ${metadataOffset}`);
  if (!b.fenced) {
    const output = `Session renewed for ${brokerConfig(state).brokerSessionTimeoutMs} ms${behind ? `; broker ${broker} missed metadata (it has offset ${metadataOffset} of ${state.controller.metadataOffset}), sent it all again` : ''}`;
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

/** Fences a broker: out of every ISR, its leaderships moved; returns what changed. */
function fenceBroker(state: SimState, broker: number): string[] {
  state.controller.brokers[String(broker)].fenced = true;
  emit(state, { type: 'BrokerFenced', broker });
  const changes: string[] = [];
  const unclean = brokerConfig(state).uncleanLeaderElectionEnable;
  for (const meta of Object.values(state.controller.partitions)) {
    if (!meta.replicas.includes(broker)) continue;
    const change = commitChange(state, meta, electAfterFencing(state.controller, meta, broker, unclean));
    if (change) changes.push(change);
  }
  publishMetadata(state, Object.values(state.controller.partitions), `broker ${broker} fenced`);
  return changes;
}

export function handleSessionExpired(state: SimState, broker: number, brokerEpoch: number): RowText | null {
  const b = state.controller.brokers[String(broker)];
  if (!b || b.brokerEpoch !== brokerEpoch || b.fenced) return null;
  const changes = fenceBroker(state, broker);
  return {
    component: controllerName(state),
    action: state.scenario.cluster.metadata === 'zookeeper'
      ? `Broker ${broker}'s ZooKeeper session expired after ${brokerConfig(state).brokerSessionTimeoutMs} ms: its /brokers/ids node is gone`
      : `Fenced broker ${broker}: no heartbeat for ${brokerConfig(state).brokerSessionTimeoutMs} ms (broker.session.timeout.ms)`,
    messageState: `Broker ${broker} removed from every ISR`,
    output: changes.length > 0 ? changes.join('; ') : 'It led nothing and was in no ISR',
  };
}

type AlterPartition = Extract<NetBody, { type: 'AlterPartition' }>;

export function handleAlterPartition(state: SimState, req: AlterPartition): RowText {
  const tp = tpKey(req.topic, req.partition);
  const meta = state.controller.partitions[tp];
  const reply = (error: string | null, m: PartitionMeta) =>
    send(state, 'controller', brokerNode(req.broker), { type: 'AlterPartitionResponse', topic: req.topic, partition: req.partition, error, meta: m });
  let error: string | null = null;
  if (!meta || meta.leader !== req.broker || meta.leaderEpoch !== req.leaderEpoch) error = 'FENCED_LEADER_EPOCH';
  else if (meta.partitionEpoch !== req.partitionEpoch) error = 'INVALID_UPDATE_VERSION';
  else if (req.newIsr.some((id) => !meta.isr.includes(id) && !isUnfenced(state.controller, id))) error = 'INELIGIBLE_REPLICA';
  if (error) {
    reply(error, meta);
    return { component: controllerName(state), action: `Refused broker ${req.broker}'s ISR change for ${tp} to ${fmtList(req.newIsr)}`, messageState: 'ISR unchanged', output: error };
  }
  const after: PartitionMeta = deepFreeze({ ...meta, isr: req.newIsr, partitionEpoch: meta.partitionEpoch + 1 });
  state.controller.partitions[tp] = after;
  emit(state, { type: req.newIsr.length < meta.isr.length ? 'IsrShrunk' : 'IsrExpanded', topic: req.topic, partition: req.partition, detail: fmtList(req.newIsr) });
  reply(null, after);
  publishMetadata(state, [after], `ISR of ${tp} changed`);
  return { component: controllerName(state), action: `Accepted broker ${req.broker}'s ISR change for ${tp}`, messageState: `ISR ${fmtList(meta.isr)}→${fmtList(req.newIsr)}`, output: `Partition epoch ${after.partitionEpoch}; metadata sent to brokers` };
}

export function electPreferredLeaders(state: SimState, topic: string | undefined, why: string): RowText {
  const changes: string[] = [];
  for (const meta of Object.values(state.controller.partitions)) {
    if (topic && meta.topic !== topic) continue;
    const change = commitChange(state, meta, electPreferred(state.controller, meta));
    if (change) changes.push(change);
  }
  if (changes.length > 0) publishMetadata(state, Object.values(state.controller.partitions), 'preferred leader election');
  return { component: controllerName(state), action: `Ran preferred leader election${topic ? ` for ${topic}` : ''} (${why})`, messageState: changes.length > 0 ? 'Leaders moved back to preferred replicas' : 'Every partition already has its preferred leader, or it is not in the ISR', output: changes.length > 0 ? changes.join('; ') : 'No change', routine: changes.length === 0 && why !== 'script' };
}

/** auto.leader.rebalance.enable: move leadership back when a broker's imbalance exceeds the threshold. */
export function leaderImbalanceCheck(state: SimState): RowText {
  const cfg = brokerConfig(state);
  setTimer(state, 'controller:imbalance', state.timeMs + cfg.leaderImbalanceCheckIntervalMs, { type: 'leaderImbalanceCheck' });
  const metas = Object.values(state.controller.partitions);
  const imbalanced = new Set<number>();
  for (const id of new Set(metas.map((m) => m.replicas[0]))) {
    const preferred = metas.filter((m) => m.replicas[0] === id);
    const notLed = preferred.filter((m) => m.leader !== id).length;
    // The ZooKeeper-era controller waits for leader.imbalance.per.broker.percentage; KRaft's
    // maybeBalancePartitionLeaders moves every partition whose preferred replica can lead.
    const threshold = state.scenario.cluster.metadata === 'zookeeper' ? cfg.leaderImbalancePerBrokerPercentage : 0;
    if (notLed > 0 && (notLed * 100) / preferred.length > threshold) imbalanced.add(id);
  }
  if (imbalanced.size === 0) return { component: controllerName(state), action: 'Checked leader imbalance', messageState: 'Balanced', output: 'No change', routine: true };
  const changes: string[] = [];
  for (const meta of metas) {
    if (!imbalanced.has(meta.replicas[0])) continue;
    const change = commitChange(state, meta, electPreferred(state.controller, meta));
    if (change) changes.push(change);
  }
  if (changes.length > 0) publishMetadata(state, Object.values(state.controller.partitions), 'auto leader rebalance');
  return { component: controllerName(state), action: 'Checked leader imbalance (auto.leader.rebalance.enable)', messageState: `Imbalanced brokers: ${[...imbalanced].join(', ')}`, output: changes.length > 0 ? changes.join('; ') : 'Preferred replicas not in the ISR yet', routine: changes.length === 0 };
}
