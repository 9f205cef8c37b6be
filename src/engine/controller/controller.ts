// The active controller (KRaft, or in "zookeeper" mode the broker holding /controller): fencing,
// elections, AlterPartition, and metadata sent to every broker. Liveness is in sessions.ts.
import { deepFreeze } from '../core/clone';
import { brokerNode, emit, type RowText, setTimer } from '../core/context';
import { controllerAbsent, controllerName, noControllerReason } from './zookeeper';
import type { NetBody } from '../core/events';
import { send } from '../core/network';
import type { PartitionMeta, SimState } from '../core/state';
import { tpKey } from '../core/state';
import { brokerConfig, fmtList } from '../broker/config';
import { applyElection, electAfterFencing, electPreferred, type ElectionResult, isUnfenced } from './election';


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

export function sendFullMetadata(state: SimState, broker: number, reason: string): void {
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

export function commitChange(state: SimState, before: PartitionMeta, result: ElectionResult): string | null {
  const after = applyElection(before, result);
  if (!after) return null;
  state.controller.partitions[tpKey(after.topic, after.partition)] = after;
  if (after.leader !== before.leader) {
    emit(state, { type: after.leader === null ? 'PartitionOffline' : 'LeaderElected', topic: after.topic, partition: after.partition, broker: after.leader ?? undefined, detail: result.kind });
  } else {
    emit(state, { type: 'IsrChanged', topic: after.topic, partition: after.partition, detail: fmtList(after.isr) });
  }
  if (after.leader === before.leader) return `${tpKey(after.topic, after.partition)}: ISR ${fmtList(before.isr)}→${fmtList(after.isr)}`;
  return describeElection(after, result);
}

/** Fences a broker: out of every ISR, its leaderships moved; returns what changed. */
export function fenceBroker(state: SimState, broker: number): string[] {
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

type AlterPartition = Extract<NetBody, { type: 'AlterPartition' }>;

export function handleAlterPartition(state: SimState, req: AlterPartition): RowText {
  const tp = tpKey(req.topic, req.partition);
  const meta = state.controller.partitions[tp];
  const reply = (error: string | null, m: PartitionMeta) =>
    send(state, 'controller', brokerNode(req.broker), { type: 'AlterPartitionResponse', topic: req.topic, partition: req.partition, error, meta: m });
  let error: string | null = null;
  // ZooKeeper mode between controllers: the leader's AlterPartitionManager retries later.
  if (controllerAbsent(state)) error = 'NOT_CONTROLLER';
  else if (!meta || meta.leader !== req.broker || meta.leaderEpoch !== req.leaderEpoch) error = 'FENCED_LEADER_EPOCH';
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
  if (controllerAbsent(state)) {
    return { component: controllerName(state), action: `Preferred leader election${topic ? ` for ${topic}` : ''} requested (${why})`, messageState: 'No controller to run it', output: `No change: ${noControllerReason(state)}` };
  }
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
  setTimer(state, state.timeMs + cfg.leaderImbalanceCheckIntervalMs, { type: 'leaderImbalanceCheck' });
  if (controllerAbsent(state)) return { component: controllerName(state), action: 'Leader imbalance check skipped', messageState: 'No controller', output: noControllerReason(state), routine: true };
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
