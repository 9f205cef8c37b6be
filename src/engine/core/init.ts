// The state at time 0: the cluster is already running — every broker registered and unfenced,
// each partition led by its preferred replica with a full ISR — so a lesson starts with the story,
// not with bootstrapping. Followers send their first fetches and brokers their first heartbeats.
import type { Scenario } from '../../scenario/types';
import { deepFreeze } from './freeze';
import { CowArray } from './cowArray';
import { MIN_COMPACT_AT, scheduleScriptLine, setTimer } from './context';
import { newTimerNames } from './timerKey';
import { seedState } from './prng';
import type { PartitionMeta, ProducerState, SimState } from './state';
import { tpKey } from './state';
import { newBroker, startBrokerTimers } from '../broker/lifecycle';
import { sessionTimeoutMs } from '../broker/config';
import { handleMetadataUpdate } from '../broker/metadata';
import { initConsumers } from '../consumer/consumers';
import { scheduleMetadataMaxAge } from '../producer/metadata';

function initialPartitions(scenario: Scenario): Record<string, PartitionMeta> {
  const out: Record<string, PartitionMeta> = {};
  for (const t of scenario.topics) {
    t.assignment.forEach((replicas, partition) => {
      out[tpKey(t.name, partition)] = deepFreeze({ topic: t.name, partition, replicas: [...replicas], leader: replicas[0], leaderEpoch: 0, partitionEpoch: 0, isr: [...replicas] });
    });
  }
  return out;
}

function initialProducer(state: SimState, index: number): ProducerState {
  const spec = state.scenario.producers[index];
  const metadata: ProducerState['metadata'] = {};
  for (const m of Object.values(state.controller.partitions)) metadata[tpKey(m.topic, m.partition)] = { leader: m.leader, leaderEpoch: m.leaderEpoch };
  return {
    id: spec.id, acks: spec.config.acks, idempotent: spec.config.enableIdempotence,
    // InitProducerId is not simulated: each idempotent producer starts with a distinct id.
    producerId: spec.config.enableIdempotence ? 1000 + index : -1,
    metadata, partitionCounts: Object.fromEntries(state.scenario.topics.map((t) => [t.name, t.partitions])),
    metadataRequest: null, connections: {}, nextMetadataBroker: index, lastMetadataRequestMs: Number.MIN_SAFE_INTEGER, metadataFailures: 0, sticky: {}, queues: {}, sends: new CowArray(), batches: [], inFlight: new Map(), inFlightTo: new Array(state.scenario.cluster.brokers + 1).fill(0), nextSequence: {}, flushing: false, sendStatusCounts: { acked: 0, pending: 0, failed: 0 },
  };
}

/** Who may set timers in a run: its brokers, producers, consumers and consumer groups. */
function timerOwners(scenario: Scenario): number {
  return scenario.cluster.brokers + scenario.producers.length + scenario.consumers.length + new Set(scenario.consumers.map((c) => c.groupId)).size;
}

export function initialState(scenario: Scenario, seed: number, rowEvents = true): SimState {
  deepFreeze(scenario);
  const partitions = initialPartitions(scenario);
  const state: SimState = {
    scenario, seed, timeMs: 0, step: 0, seq: 0, nextId: 1, rng: seedState(seed), queue: [], queueCompactAt: MIN_COMPACT_AT, timers: new Map(), farTimers: new Map(), farDueMs: Number.POSITIVE_INFINITY, timerNames: newTimerNames(timerOwners(scenario)),
    network: { isolated: [], cutLinks: [], lastDeliverAtMs: {} },
    topics: scenario.topics.map((t) => ({ name: t.name, partitions: t.partitions })),
    controller: { brokers: {}, partitions, nextBrokerEpoch: scenario.cluster.brokers + 1, metadataOffset: 1, zkControllerBroker: scenario.cluster.metadata === 'zookeeper' ? 1 : null, zkUnseenExpiries: [] },
    brokers: [], producers: [], consumers: [], groups: {},
    checker: { acked: {}, ackedTp: {}, ackedAtStep: {}, ackChecks: [], lostReported: {}, appendedAt: {}, visible: {}, keyedAppends: {}, dirtyTps: {}, anomalies: [], invariantViolations: [] },
    stepEvents: [],
    rowEvents,
  };
  for (let id = 1; id <= scenario.cluster.brokers; id++) {
    state.controller.brokers[String(id)] = { registered: true, fenced: false, brokerEpoch: id, lastHeartbeatMs: 0 };
    const broker = newBroker(id);
    broker.registered = true;
    broker.brokerEpoch = id;
    state.brokers.push(broker);
    setTimer(state, sessionTimeoutMs(scenario), { type: 'brokerSessionExpired', broker: id, brokerEpoch: id });
  }
  for (const broker of state.brokers) {
    handleMetadataUpdate(state, broker, { type: 'MetadataUpdate', offset: 1, partitions: Object.values(partitions), fencedBrokers: [], reason: 'initial' });
    startBrokerTimers(state, broker, true);
  }
  state.producers = scenario.producers.map((_, i) => initialProducer(state, i));
  for (const p of state.producers) scheduleMetadataMaxAge(state, p);
  initConsumers(state);
  if (scenario.cluster.config.autoLeaderRebalanceEnable) {
    setTimer(state, scenario.cluster.config.leaderImbalanceCheckIntervalMs, { type: 'leaderImbalanceCheck' });
  }
  for (let index = 0; index < scenario.script.length; index++) scheduleScriptLine(state, index);
  state.stepEvents = [];
  return state;
}
