// Scripted actions and a teacher's interventions: the same verbs, the imperative commands of the
// simulation (crashBroker, isolate, produce …). Each is one step; its events head its row.
import type { Intervention } from '../api.types';
import { deepFreeze } from './freeze';
import { emit, type Played } from './context';
import type { SimState } from './state';
import { tpKey } from './state';
import { crashBroker, restartBroker } from '../broker/lifecycle';
import { electPreferredLeaders, publishMetadata } from '../controller/controller';
import { elect } from '../controller/election';
import { consumerAction } from '../consumer/consumers';
import { flush, produce } from '../producer/accumulator';
import { findProducer } from '../producer/producerConfig';

/** A template's pieces around its "{i}"s, split once per template: a script line fills its key and value for every record. */
const templatePieces = new Map<string, string[]>();
const MAX_TEMPLATES_CACHED = 1024;

function fill(template: string, i: number): string {
  let pieces = templatePieces.get(template);
  if (pieces === undefined) {
    if (templatePieces.size >= MAX_TEMPLATES_CACHED) templatePieces.clear();
    templatePieces.set(template, (pieces = template.split('{i}')));
  }
  return pieces.length === 1 ? template : pieces.join(String(i));
}

function addPartitions(state: SimState, topic: string, count: number): Played {
  const t = state.topics.find((x) => x.name === topic)!;
  const n = state.brokers.length;
  const rf = state.scenario.topics.find((x) => x.name === topic)!.replicationFactor;
  for (let p = t.partitions; p < count; p++) {
    const replicas = Array.from({ length: rf }, (_, i) => ((p + i) % n) + 1);
    const meta = { topic, partition: p, replicas, leader: null, leaderEpoch: -1, partitionEpoch: 0, isr: replicas };
    const result = elect(state.controller, meta, false);
    state.controller.partitions[tpKey(topic, p)] = deepFreeze({ ...meta, leader: result.leader, leaderEpoch: 0 });
    emit(state, { type: 'PartitionCreated', topic, partition: p, replicas, leader: result.leader });
  }
  const before = t.partitions;
  t.partitions = count;
  publishMetadata(state, Object.values(state.controller.partitions), `${topic} grew to ${count} partitions`);
  emit(state, { type: 'PartitionsAdded', topic, detail: `${before}→${count}`, before, count });
  return true;
}

/** Performs a script line or an intervention; its events head its row. */
export function performAction(state: SimState, action: Intervention, repeat: number): Played {
  switch (action.do) {
    case 'produce':
      return produce(state, findProducer(state, action.producer), action.topic, action.key === null ? null : fill(action.key, repeat), fill(action.value, repeat), action.partition);
    case 'flush':
      return flush(state, findProducer(state, action.producer));
    case 'crashBroker':
      return crashBroker(state, state.brokers[action.broker - 1]);
    case 'restartBroker':
      return restartBroker(state, state.brokers[action.broker - 1]);
    case 'isolate':
      if (!state.network.isolated.includes(action.node)) state.network.isolated = [...state.network.isolated, action.node];
      emit(state, { type: 'NodeIsolated', detail: action.node, node: action.node });
      return true;
    case 'cutLink':
      state.network.cutLinks = [...state.network.cutLinks, action.between];
      emit(state, { type: 'LinkCut', detail: action.between.join('|'), node: action.between[0], peer: action.between[1] });
      return true;
    case 'heal':
      if (action.node) {
        state.network.isolated = state.network.isolated.filter((n) => n !== action.node);
        state.network.cutLinks = state.network.cutLinks.filter(([a, b]) => a !== action.node && b !== action.node);
      } else {
        state.network = { ...state.network, isolated: [], cutLinks: [] };
      }
      emit(state, { type: 'NetworkHealed', detail: action.node ?? 'all', node: action.node || null });
      return true;
    case 'startConsumer':
    case 'stopConsumer':
    case 'crashConsumer':
    case 'commit':
      return consumerAction(state, action.do, action.consumer);
    case 'addPartitions':
      return addPartitions(state, action.topic, action.count);
    case 'electPreferredLeaders':
      return electPreferredLeaders(state, action.topic, 'script');
    case 'setAcks': {
      const p = findProducer(state, action.producer);
      const before = p.acks;
      p.acks = action.acks;
      if (action.acks !== 'all') {
        p.idempotent = false;
        p.producerId = -1;
        p.nextSequence = {};
      }
      emit(state, { type: 'AcksChanged', producer: p.id, before, acks: action.acks });
      return true;
    }
  }
}
