// Rows of scripted actions and a teacher's interventions that belong to no one subsystem: the
// network's faults, partitions added, a producer's acks changed (core/actions.ts).
import type { RowText } from '../core/context';
import { tpKey } from '../core/state';
import { eventsOfType, type RowRenderers } from './renderer';

function networkRow(action: string, output: string): RowText {
  return { component: 'Network', action, messageState: 'Messages on affected links are lost', output };
}

const ACKS_WAIT = { all: 'Waits for the whole ISR', '1': 'Waits for the leader only', '0': 'Waits for nothing' } as const;

export const scriptRows: RowRenderers = {
  NodeIsolated: (e) => networkRow(`Isolated ${e.node}: every link to and from it is cut`, 'It keeps running but can talk to no one'),
  LinkCut: (e) => networkRow(`Cut the link between ${e.node} and ${e.peer}`, 'Both directions'),
  NetworkHealed: (e) => ({
    component: 'Network',
    action: e.node !== null ? `Healed every link of ${e.node}` : 'Healed every link',
    messageState: 'Messages flow again',
    output: 'Lost messages are gone: requests recover by timeouts and retries, brokers catch up on metadata at their next heartbeat',
  }),
  PartitionsAdded: (e, step) => ({
    component: 'Controller',
    action: `Added partitions to ${e.topic}: ${e.before}→${e.count}`,
    messageState: 'Keys now hash over more partitions; existing records stay where they are',
    output: eventsOfType(step, 'PartitionCreated').map((c) => `${tpKey(c.topic, c.partition)} on ${c.replicas.join(',')} (leader ${c.leader ?? 'none'})`).join('; '),
  }),
  AcksChanged: (e) => ({
    component: `Producer ${e.producer}`,
    action: `acks changed ${e.before}→${e.acks}`,
    messageState: ACKS_WAIT[e.acks],
    output: e.acks !== 'all' ? 'Idempotence is off (it needs acks=all)' : 'Applies to batches sent from now on',
  }),
};
