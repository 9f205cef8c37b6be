// The active controller (KRaft, or in "zookeeper" mode the broker holding /controller): fencing,
// elections, AlterPartition, and metadata sent to every broker. Liveness is in sessions.ts.
import { deepFreeze } from '../core/freeze';
import { brokerNode, emit, type Played, setTimer } from '../core/context';
import { controllerAbsent, controllerSeat } from './zookeeper';
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

/** Commits an election's result, if it changes anything: the change is an event (LeaderElected, PartitionOffline, IsrChanged). */
export function commitChange(state: SimState, before: PartitionMeta, result: ElectionResult): boolean {
  const after = applyElection(before, result);
  if (!after) return false;
  const { topic, partition } = after;
  state.controller.partitions[tpKey(topic, partition)] = after;
  if (after.leader === before.leader) {
    emit(state, { type: 'IsrChanged', topic, partition, detail: fmtList(after.isr), isrBefore: before.isr, isr: after.isr });
    return true;
  }
  if (after.leader === null) emit(state, { type: 'PartitionOffline', topic, partition, broker: undefined, detail: result.kind, isr: after.isr });
  else emit(state, { type: 'LeaderElected', topic, partition, broker: after.leader, detail: result.kind, leader: after.leader, leaderEpoch: after.leaderEpoch, isr: after.isr });
  return true;
}

/** Fences a broker: out of every ISR, its leaderships moved (BrokerFenced, then a change event each). */
export function fenceBroker(state: SimState, broker: number): void {
  state.controller.brokers[String(broker)].fenced = true;
  emit(state, { type: 'BrokerFenced', broker });
  const unclean = brokerConfig(state).uncleanLeaderElectionEnable;
  for (const meta of Object.values(state.controller.partitions)) {
    if (meta.replicas.includes(broker)) commitChange(state, meta, electAfterFencing(state.controller, meta, broker, unclean));
  }
  publishMetadata(state, Object.values(state.controller.partitions), `broker ${broker} fenced`);
}

type AlterPartition = Extract<NetBody, { type: 'AlterPartition' }>;

export function handleAlterPartition(state: SimState, req: AlterPartition): Played {
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
  const at = { broker: req.broker, topic: req.topic, partition: req.partition };
  if (error) {
    reply(error, meta);
    emit(state, { type: 'AlterPartitionRefused', ...at, seat: controllerSeat(state), newIsr: req.newIsr, error });
    return true;
  }
  const after: PartitionMeta = deepFreeze({ ...meta, isr: req.newIsr, partitionEpoch: meta.partitionEpoch + 1 });
  state.controller.partitions[tp] = after;
  emit(state, { type: req.newIsr.length < meta.isr.length ? 'IsrShrunk' : 'IsrExpanded', topic: req.topic, partition: req.partition, detail: fmtList(req.newIsr) });
  reply(null, after);
  publishMetadata(state, [after], `ISR of ${tp} changed`);
  emit(state, { type: 'AlterPartitionAccepted', ...at, seat: controllerSeat(state), isrBefore: meta.isr, isr: req.newIsr, partitionEpoch: after.partitionEpoch });
  return true;
}

/** Commits each election; returns how many partitions changed. */
function commitEach(state: SimState, metas: PartitionMeta[], election: (meta: PartitionMeta) => ElectionResult): number {
  let changed = 0;
  for (const meta of metas) if (commitChange(state, meta, election(meta))) changed++;
  return changed;
}

export function electPreferredLeaders(state: SimState, topic: string | undefined, why: string): Played {
  if (controllerAbsent(state)) {
    emit(state, { type: 'PreferredElectionSkipped', topic, seat: controllerSeat(state), why });
    return true;
  }
  const metas = Object.values(state.controller.partitions).filter((meta) => !topic || meta.topic === topic);
  const changed = commitEach(state, metas, (meta) => electPreferred(state.controller, meta));
  if (changed > 0) publishMetadata(state, Object.values(state.controller.partitions), 'preferred leader election');
  emit(state, { type: 'PreferredElectionRan', topic, seat: controllerSeat(state), why });
  return true;
}

/** auto.leader.rebalance.enable: move leadership back when a broker's imbalance exceeds the threshold. */
export function leaderImbalanceCheck(state: SimState): Played {
  const cfg = brokerConfig(state);
  setTimer(state, state.timeMs + cfg.leaderImbalanceCheckIntervalMs, { type: 'leaderImbalanceCheck' });
  if (controllerAbsent(state)) {
    emit(state, { type: 'LeaderImbalanceCheckSkipped', seat: controllerSeat(state) });
    return true;
  }
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
  const changed = commitEach(state, metas.filter((meta) => imbalanced.has(meta.replicas[0])), (meta) => electPreferred(state.controller, meta));
  if (changed > 0) publishMetadata(state, Object.values(state.controller.partitions), 'auto leader rebalance');
  emit(state, { type: 'LeaderImbalanceChecked', seat: controllerSeat(state), imbalanced: [...imbalanced] });
  return true;
}
