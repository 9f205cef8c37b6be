// The Kafka fields the inspector lists for a selection, as label/value pairs plus pickable items.
import type { ClusterView } from '../../engine/view.types';
import type { Selection } from '../../store/selection';
import { brokerState, findPartition, listWords, partitionName, replicaRole, sendState } from '../describe';
import { SENDS_KEPT } from '../../worker/boundedView';
import { findSend, receivedCount, sendCounts, sendLetGo } from '../viewCounts';

export interface InspectorContent {
  title: string;
  fields: [string, string][];
  /** Items the user can pick to inspect next (a producer's sends, a replica's records). */
  items: { label: string; select: Selection }[];
  itemsTitle?: string;
}

/** The most items listed; the newest are kept. */
export const MAX_ITEMS = 20;

const offsetsText = (list: { topic: string; partition: number; offset: number | null }[]) =>
  list.length ? list.map((x) => `${partitionName(x.topic, x.partition)}: ${x.offset ?? '—'}`).join('; ') : 'none';
const yesNo = (b: boolean) => (b ? 'yes' : 'no');
const orDash = (v: number | string | null | undefined) => (v === null || v === undefined ? '—' : String(v));

/** Who wrote a record: its send as the view lists it, else the send it names, which a long run no longer keeps. */
function sentBy(listed: { producer: string; index: number } | undefined, named: { producer: string; index: number } | undefined): string {
  if (listed) return `producer ${listed.producer}, send #${listed.index + 1}`;
  if (named) return `producer ${named.producer}, send #${named.index + 1} (older than the newest ${SENDS_KEPT.toLocaleString('en-US')} sends the page keeps)`;
  return 'unknown';
}

export function inspectorContent(view: ClusterView, s: Selection): InspectorContent | null {
  switch (s.kind) {
    case 'broker': {
      const b = view.brokers.find((x) => x.id === s.broker);
      if (!b) return null;
      const hosted = view.partitions.filter((p) => p.replicas.includes(b.id)).map((p) => partitionName(p.topic, p.partition));
      return {
        title: `Broker ${b.id}`,
        fields: [
          ['state', brokerState(b)],
          ['broker epoch', String(b.brokerEpoch)],
          ['fenced', yesNo(b.fenced)],
          ['isolated', yesNo(b.isolated)],
          ['leader of', b.leaderOf.length ? listWords(b.leaderOf) : 'no partitions'],
          ['replicas hosted', hosted.length ? listWords(hosted) : 'none'],
          ['active controller', yesNo(view.controller.activeBroker === b.id)],
        ],
        items: [],
      };
    }
    case 'replica':
    case 'partition': {
      const p = findPartition(view, s.topic, s.partition);
      if (!p) return null;
      const fields: [string, string][] = [
        ['leader', p.leader === null ? 'none (offline)' : `broker ${p.leader}`],
        ['leader epoch', String(p.leaderEpoch)],
        ['replicas', `[${p.replicas.join(', ')}]`],
        ['ISR', `[${p.isr.join(', ')}]`],
        ['high watermark (leader)', String(p.highWatermark)],
      ];
      const r = s.kind === 'replica' ? p.replicaLogs.find((x) => x.broker === s.broker) : undefined;
      if (r) {
        fields.unshift(['role', `${replicaRole(p, r)}${p.isr.includes(r.broker) ? ', in ISR' : ', out of ISR'}`]);
        fields.push(
          ['log start offset', String(r.logStartOffset)],
          ['log end offset (LEO)', String(r.logEndOffset)],
          ['high watermark (this replica)', String(r.highWatermark)],
          ['epoch cache', r.epochCache.length ? r.epochCache.map(([e, o]) => `epoch ${e} from ${o}`).join('; ') : 'empty'],
        );
      }
      const records = (r ?? p.replicaLogs.find((x) => x.broker === p.leader) ?? p.replicaLogs[0])?.records ?? [];
      return {
        title: r ? `${partitionName(p.topic, p.partition)} on broker ${r.broker}` : `Partition ${partitionName(p.topic, p.partition)}`,
        fields,
        itemsTitle: 'Records',
        items: records.slice(-MAX_ITEMS).map((rec) => ({
          label: `offset ${rec.offset}: key ${rec.key ?? 'null'}, value ${rec.value}, epoch ${rec.leaderEpoch}`,
          select: { kind: 'record', topic: p.topic, partition: p.partition, offset: rec.offset },
        })),
      };
    }
    case 'record': {
      const p = findPartition(view, s.topic, s.partition);
      const rec = p?.replicaLogs.flatMap((r) => r.records).find((x) => x.offset === s.offset);
      const send = view.producers
        .flatMap((pr) => pr.sends.map((snd) => ({ pr, snd })))
        .find(({ snd }) => snd.topic === s.topic && snd.partition === s.partition && snd.offset === s.offset);
      return {
        title: `Record ${partitionName(s.topic, s.partition)} offset ${s.offset}`,
        fields: [
          ['key', rec ? orDash(rec.key ?? 'null') : '—'],
          ['value', orDash(rec?.value)],
          ['leader epoch', orDash(rec?.leaderEpoch)],
          ['committed', p ? yesNo(p.highWatermark > s.offset) : '—'],
          ['sent by', sentBy(send && { producer: send.pr.id, index: send.snd.index }, rec?.sentBy)],
        ],
        items: send ? [{ label: `Follow send #${send.snd.index + 1} of ${send.pr.id}`, select: { kind: 'send', producer: send.pr.id, index: send.snd.index } }] : [],
      };
    }
    case 'send': {
      const producer = view.producers.find((p) => p.id === s.producer);
      const snd = findSend(producer, s.index);
      if (!snd) {
        if (!sendLetGo(producer, s.index)) return null;
        return {
          title: `Record #${s.index + 1} from producer ${s.producer}`,
          fields: [['kept', `no: on a long run the page keeps each producer's newest ${SENDS_KEPT.toLocaleString('en-US')} sends; step back to when it was sent to see it`]],
          items: [],
        };
      }
      return {
        title: `Record #${s.index + 1} from producer ${s.producer}`,
        fields: [
          ['topic', snd.topic],
          ['key', snd.key ?? 'null'],
          ['value', snd.value],
          ['status', snd.status],
          ['partition', orDash(snd.partition)],
          ['offset', orDash(snd.offset)],
          ['attempts', String(snd.attempts)],
          ['error', orDash(snd.error)],
          ['message state', sendState(view, snd)],
        ],
        items: [],
      };
    }
    case 'producer': {
      const p = view.producers.find((x) => x.id === s.producer);
      if (!p) return null;
      return {
        title: `Producer ${p.id}`,
        fields: [
          ['acks', p.acks],
          ['enable.idempotence', yesNo(p.idempotent)],
          ['producer id', orDash(p.producerId)],
          ['sends', String(sendCounts(p).total)],
        ],
        itemsTitle: 'Sends',
        items: p.sends.slice(-MAX_ITEMS).map((snd) => ({
          label: `#${snd.index + 1} key ${snd.key ?? 'null'} value ${snd.value}: ${snd.status}${snd.offset !== null && snd.partition !== null ? ` at ${partitionName(snd.topic, snd.partition)}@${snd.offset}` : ''}`,
          select: { kind: 'send', producer: p.id, index: snd.index },
        })),
      };
    }
    case 'consumer': {
      const c = view.consumers.find((x) => x.id === s.consumer);
      if (!c) return null;
      const g = view.groups.find((x) => x.groupId === c.groupId);
      return {
        title: `Consumer ${c.id}`,
        fields: [
          ['group.id', c.groupId],
          ['status', c.status],
          ['assignment', c.assignment.length ? listWords(c.assignment.map((a) => partitionName(a.topic, a.partition))) : 'none'],
          ['positions', c.positions.length ? c.positions.map((x) => `${partitionName(x.topic, x.partition)}: ${x.offset}`).join('; ') : 'none'],
          ['committed', offsetsText(c.committed ?? g?.committed ?? [])],
          ['lag', (c.lag ?? g?.lag ?? []).map((x) => `${partitionName(x.topic, x.partition)}: ${orDash(x.lag)}`).join('; ') || '—'],
          ['group state', g ? `${g.state}, generation ${g.generation}, ${g.protocol}` : '—'],
          ['group coordinator', g?.coordinator ? `broker ${g.coordinator}` : '—'],
          ['records received', String(receivedCount(c))],
          ['error', orDash(c.error)],
        ],
        itemsTitle: 'Received (newest last)',
        items: c.received.slice(-MAX_ITEMS).map((r) => ({
          label: `${partitionName(r.topic, r.partition)}@${r.offset} key ${r.key ?? 'null'} value ${r.value} at ${r.atMs} ms`,
          select: { kind: 'record', topic: r.topic, partition: r.partition, offset: r.offset },
        })),
      };
    }
    case 'controller':
      return {
        title: 'Controller',
        fields: [
          ['metadata mode', view.metadataMode === 'kraft' ? 'KRaft' : 'ZooKeeper'],
          ['node', view.controller.node],
          ['active broker', orDash(view.controller.activeBroker)],
        ],
        items: [],
      };
  }
}
