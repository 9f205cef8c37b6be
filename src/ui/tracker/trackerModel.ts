// What the status tracker shows for a selection: one row per variable, one cell per step.
import type { ClusterView } from '../../engine/view.types';
import type { Selection } from '../../store/selection';
import { brokerState, findPartition, listWords, partitionName, sendState } from '../describe';
import { SENDS_KEPT } from '../../worker/boundedView';
import { findSend, receivedCount, sendCounts, sendLetGo } from '../viewCounts';

export interface TrackerTable {
  subject: string;
  variables: { name: string; cells: (string | null)[] }[];
}

type Vars = Map<string, string>;

function partitionVars(view: ClusterView, topic: string, partition: number): Vars {
  const vars: Vars = new Map();
  const p = findPartition(view, topic, partition);
  if (!p) return vars;
  vars.set('leader', p.leader === null ? 'none' : String(p.leader));
  vars.set('leader epoch', String(p.leaderEpoch));
  vars.set('ISR', p.isr.join(','));
  vars.set('high watermark', String(p.highWatermark));
  for (const r of p.replicaLogs) vars.set(`LEO on broker ${r.broker}`, String(r.logEndOffset));
  return vars;
}

function consumerVars(view: ClusterView, id: string): Vars {
  const vars: Vars = new Map();
  const c = view.consumers.find((x) => x.id === id);
  if (!c) return vars;
  const g = view.groups.find((x) => x.groupId === c.groupId);
  vars.set('status', c.status);
  vars.set('assignment', c.assignment.length ? listWords(c.assignment.map((a) => partitionName(a.topic, a.partition))) : 'none');
  if (g) vars.set('generation', String(g.generation));
  for (const p of c.positions) vars.set(`position ${partitionName(p.topic, p.partition)}`, String(p.offset));
  for (const a of c.assignment) {
    const same = (x: { topic: string; partition: number }) => x.topic === a.topic && x.partition === a.partition;
    const committed = c.committed?.find(same)?.offset ?? g?.committed.find(same)?.offset ?? null;
    const lag = c.lag?.find(same)?.lag ?? g?.lag.find(same)?.lag ?? null;
    vars.set(`committed ${partitionName(a.topic, a.partition)}`, committed === null ? '—' : String(committed));
    vars.set(`lag ${partitionName(a.topic, a.partition)}`, lag === null ? '—' : String(lag));
  }
  vars.set('records received', String(receivedCount(c)));
  return vars;
}

function sendVars(view: ClusterView, producer: string, index: number): Vars {
  const vars: Vars = new Map();
  const p = view.producers.find((x) => x.id === producer);
  const s = findSend(p, index);
  if (!s) {
    vars.set('message state', sendLetGo(p, index) ? `not kept (older than the newest ${SENDS_KEPT.toLocaleString('en-US')} sends)` : 'not sent yet');
    return vars;
  }
  vars.set('status', s.status);
  vars.set('partition', s.partition === null ? '—' : partitionName(s.topic, s.partition));
  vars.set('offset', s.offset === null ? '—' : String(s.offset));
  vars.set('message state', sendState(view, s));
  if (s.partition !== null) {
    const p = findPartition(view, s.topic, s.partition);
    if (p) vars.set('high watermark', String(p.highWatermark));
  }
  return vars;
}

function recordVars(view: ClusterView, topic: string, partition: number, offset: number): Vars {
  const vars: Vars = new Map();
  const p = findPartition(view, topic, partition);
  if (!p) return vars;
  for (const r of p.replicaLogs) vars.set(`on broker ${r.broker}`, r.logEndOffset > offset ? 'stored' : 'not yet');
  vars.set('committed', p.highWatermark > offset ? 'yes (below HW)' : 'no');
  const readers = view.consumers.filter((c) => c.received.some((x) => x.topic === topic && x.partition === partition && x.offset === offset));
  vars.set('read by', readers.length ? listWords(readers.map((c) => c.id)) : 'nobody yet');
  return vars;
}

function brokerVars(view: ClusterView, id: number): Vars {
  const vars: Vars = new Map();
  const b = view.brokers.find((x) => x.id === id);
  if (!b) return vars;
  vars.set('state', brokerState(b));
  vars.set('leader of', b.leaderOf.length ? b.leaderOf.join(', ') : 'none');
  vars.set('broker epoch', String(b.brokerEpoch));
  return vars;
}

function producerVars(view: ClusterView, id: string): Vars {
  const vars: Vars = new Map();
  const p = view.producers.find((x) => x.id === id);
  if (!p) return vars;
  vars.set('acks', p.acks);
  const counts = sendCounts(p);
  for (const status of ['acked', 'pending', 'failed'] as const) vars.set(`sends ${status}`, String(counts[status]));
  return vars;
}

/** The tracked subject: the selection, or the first partition when nothing trackable is picked. */
export function trackedSubject(selection: Selection | null, view: ClusterView | null): Selection | null {
  if (selection) return selection;
  const p = view?.partitions[0];
  return p ? { kind: 'partition', topic: p.topic, partition: p.partition } : null;
}

export function subjectName(s: Selection): string {
  switch (s.kind) {
    case 'broker':
      return `Broker ${s.broker}`;
    case 'replica':
    case 'partition':
      return `Partition ${partitionName(s.topic, s.partition)}`;
    case 'record':
      return `Record ${partitionName(s.topic, s.partition)} offset ${s.offset}`;
    case 'send':
      return `Record #${s.index + 1} from producer ${s.producer}`;
    case 'producer':
      return `Producer ${s.producer}`;
    case 'consumer':
      return `Consumer ${s.consumer}`;
    case 'controller':
      return 'Controller';
  }
}

function varsOf(view: ClusterView, s: Selection): Vars {
  switch (s.kind) {
    case 'broker':
      return brokerVars(view, s.broker);
    case 'replica':
    case 'partition':
      return partitionVars(view, s.topic, s.partition);
    case 'record':
      return recordVars(view, s.topic, s.partition, s.offset);
    case 'send':
      return sendVars(view, s.producer, s.index);
    case 'producer':
      return producerVars(view, s.producer);
    case 'consumer':
      return consumerVars(view, s.consumer);
    case 'controller':
      return new Map([['active controller', view.controller.activeBroker === null ? 'quorum' : `broker ${view.controller.activeBroker}`]]);
  }
}

/** Rows are the union of variables over the shown steps; a null view is a step not known yet. */
export function trackerTable(subject: Selection, views: readonly (ClusterView | null)[]): TrackerTable {
  const perStep = views.map((v) => (v ? varsOf(v, subject) : null));
  const names: string[] = [];
  for (const vars of perStep) if (vars) for (const k of vars.keys()) if (!names.includes(k)) names.push(k);
  return {
    subject: subjectName(subject),
    variables: names.map((name) => ({ name, cells: perStep.map((vars) => (vars ? (vars.get(name) ?? '—') : null)) })),
  };
}
