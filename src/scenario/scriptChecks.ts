// Checks of script actions against the rest of the file: every producer, consumer, topic,
// broker and node an action names must exist, and partition numbers must exist at that time.
import type { Declared } from './crossChecks';
import { describeValue } from './plainMessage';
import type { ProblemSink } from './problems';
import { asInt, asList, asRecord, asString, checkBrokerId, checkReference, type RawRecord } from './rawFacts';
import { actionSchemas, isActionKind } from './scriptSchema';
import { MAX_PARTITIONS } from './topicSchema';
import type { ActionKind } from './types';

/** Network node names (spec §2): broker-<id>, controller, and every producer and consumer id. */
function nodeNames(known: Declared): Set<string> | undefined {
  const { brokers, producers, consumers } = known;
  if (brokers === undefined || producers === undefined || consumers === undefined) return undefined;
  const names = new Set<string>();
  for (let id = 1; id <= brokers; id++) names.add(`broker-${id}`);
  names.add('controller');
  for (const id of [...producers, ...consumers]) names.add(id);
  return names;
}

function nodesText(known: Declared): string {
  const brokers = known.brokers === 1 ? '"broker-1"' : `"broker-1" to "broker-${known.brokers}"`;
  const clients = [...(known.producers ?? []), ...(known.consumers ?? [])].slice(0, 8);
  return [brokers, '"controller"', ...clients.map(describeValue)].join(', ');
}

function checkNode(sink: ProblemSink, path: (string | number)[], value: unknown, known: Declared, nodes: Set<string> | undefined): void {
  const node = asString(value);
  if (node === undefined || nodes === undefined || nodes.has(node)) return;
  sink.add(path, `there is no node ${describeValue(node)} (nodes are ${nodesText(known)})`);
}

function hasField(kind: ActionKind, field: string): boolean {
  return Object.hasOwn(actionSchemas[kind].shape, field);
}

function checkReferences(a: RawRecord, i: number, known: Declared, nodes: Set<string> | undefined, sink: ProblemSink): void {
  const kind = a.do as ActionKind;
  const at = (field: string) => ['script', i, field];
  if (hasField(kind, 'producer')) checkReference(sink, at('producer'), a.producer, 'producer', known.producers);
  if (hasField(kind, 'consumer')) checkReference(sink, at('consumer'), a.consumer, 'consumer', known.consumers);
  if (hasField(kind, 'topic')) {
    const topics = known.topics && new Set(known.topics.keys());
    checkReference(sink, at('topic'), a.topic, 'topic', topics);
  }
  if (hasField(kind, 'broker')) checkBrokerId(sink, at('broker'), a.broker, known.brokers);
  if (hasField(kind, 'node')) checkNode(sink, at('node'), a.node, known, nodes);
  if (hasField(kind, 'between')) {
    const ends = asList(a.between);
    if (ends?.length !== 2) return;
    for (const k of [0, 1]) checkNode(sink, ['script', i, 'between', k], ends[k], known, nodes);
    if (typeof ends[0] === 'string' && ends[0] === ends[1]) {
      sink.add(at('between'), 'a link joins two different nodes');
    }
  }
}

function partitionRange(count: number): string {
  return count === 1 ? 'only partition 0' : `partitions 0..${count - 1}`;
}

/**
 * Plays addPartitions in script order (atMs, then file order) so that a produce to partition 4
 * is valid after the topic grew to 6 partitions and not before. A count that cannot be known
 * (a bad addPartitions) makes the topic's later checks unknowable, so they are skipped.
 */
function checkPartitionTimeline(actions: RawRecord[], known: Declared, sink: ProblemSink): void {
  if (known.topics === undefined) return;
  const counts = new Map(known.topics);
  const timed: { a: RawRecord; i: number; atMs: number }[] = [];
  actions.forEach((a, i) => {
    const atMs = asInt(a.atMs, 0);
    if (atMs !== undefined) timed.push({ a, i, atMs });
    else if (a.do === 'addPartitions' && typeof a.topic === 'string') counts.set(a.topic, undefined);
  });
  timed.sort((x, y) => x.atMs - y.atMs);
  for (const { a, i } of timed) {
    const topic = asString(a.topic);
    const current = topic === undefined ? undefined : counts.get(topic);
    if (topic === undefined || current === undefined) continue;
    if (a.do === 'addPartitions') {
      const count = asInt(a.count);
      if (count !== undefined && count <= current) {
        sink.add(['script', i, 'count'], `must be more than ${current}: topic "${topic}" already has ${current} partitions at that time`);
      } else {
        counts.set(topic, count !== undefined && count <= MAX_PARTITIONS ? count : undefined);
      }
    } else if (a.do === 'produce') {
      const partition = asInt(a.partition, 0);
      if (partition !== undefined && partition >= current) {
        sink.add(['script', i, 'partition'], `there is no partition ${partition}: topic "${topic}" has ${partitionRange(current)} at that time`);
      }
    }
  }
}

export function checkScript(file: RawRecord, known: Declared, sink: ProblemSink): void {
  const list = asList(file.script);
  if (list === undefined) return;
  const actions = list.map((item) => {
    const a = asRecord(item);
    return a !== undefined && isActionKind(a.do) ? a : {};
  });
  const nodes = nodeNames(known);
  actions.forEach((a, i) => {
    if (isActionKind(a.do)) checkReferences(a, i, known, nodes, sink);
  });
  checkPartitionTimeline(actions, known, sink);
}
