// Scripted actions and a teacher's interventions: the same verbs, the imperative commands of the
// simulation (crashBroker, isolate, produce …). Each is one step with its own row.
import type { Intervention } from '../api.types';
import { deepFreeze } from './clone';
import { emit, type RowText } from './context';
import type { SimState } from './state';
import { tpKey } from './state';
import { crashBroker, restartBroker } from '../broker/lifecycle';
import { electPreferredLeaders, publishMetadata } from '../controller/controller';
import { elect } from '../controller/election';
import { consumerAction } from '../consumer/consumers';
import { flush, produce } from '../producer/accumulator';
import { findProducer } from '../producer/producerConfig';

function fill(template: string, i: number): string {
  return template.split('{i}').join(String(i));
}

function networkRow(action: string, output: string): RowText {
  return { component: 'Network', action, messageState: 'Messages on affected links are lost', output };
}

function addPartitions(state: SimState, topic: string, count: number): RowText {
  const t = state.topics.find((x) => x.name === topic)!;
  const n = state.brokers.length;
  const rf = state.scenario.topics.find((x) => x.name === topic)!.replicationFactor;
  const added: string[] = [];
  for (let p = t.partitions; p < count; p++) {
    const replicas = Array.from({ length: rf }, (_, i) => ((p + i) % n) + 1);
    const meta = { topic, partition: p, replicas, leader: null, leaderEpoch: -1, partitionEpoch: 0, isr: replicas };
    const result = elect(state.controller, meta, false);
    state.controller.partitions[tpKey(topic, p)] = deepFreeze({ ...meta, leader: result.leader, leaderEpoch: 0 });
    added.push(`${tpKey(topic, p)} on ${replicas.join(',')} (leader ${result.leader ?? 'none'})`);
  }
  const before = t.partitions;
  t.partitions = count;
  publishMetadata(state, Object.values(state.controller.partitions), `${topic} grew to ${count} partitions`);
  emit(state, { type: 'PartitionsAdded', topic, detail: `${before}→${count}` });
  return { component: 'Controller', action: `Added partitions to ${topic}: ${before}→${count}`, messageState: 'Keys now hash over more partitions; existing records stay where they are', output: added.join('; ') };
}

export function performAction(state: SimState, action: Intervention, repeat: number): RowText {
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
      emit(state, { type: 'NodeIsolated', detail: action.node });
      return networkRow(`Isolated ${action.node}: every link to and from it is cut`, 'It keeps running but can talk to no one');
    case 'cutLink':
      state.network.cutLinks = [...state.network.cutLinks, action.between];
      emit(state, { type: 'LinkCut', detail: action.between.join('|') });
      return networkRow(`Cut the link between ${action.between[0]} and ${action.between[1]}`, 'Both directions');
    case 'heal':
      if (action.node) {
        state.network.isolated = state.network.isolated.filter((n) => n !== action.node);
        state.network.cutLinks = state.network.cutLinks.filter(([a, b]) => a !== action.node && b !== action.node);
      } else {
        state.network = { ...state.network, isolated: [], cutLinks: [] };
      }
      emit(state, { type: 'NetworkHealed', detail: action.node ?? 'all' });
      return { component: 'Network', action: action.node ? `Healed every link of ${action.node}` : 'Healed every link', messageState: 'Messages flow again', output: 'Lost messages are gone: requests recover by timeouts and retries, brokers catch up on metadata at their next heartbeat' };
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
      return { component: `Producer ${p.id}`, action: `acks changed ${before}→${action.acks}`, messageState: action.acks === 'all' ? 'Waits for the whole ISR' : action.acks === '1' ? 'Waits for the leader only' : 'Waits for nothing', output: action.acks !== 'all' ? 'Idempotence is off (it needs acks=all)' : 'Applies to batches sent from now on' };
    }
  }
}
