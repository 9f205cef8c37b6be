// Checks that relate sections to each other: topics to brokers, ids to ids, consumers to topics.
import type { Path, ProblemSink } from './problems';
import {
  asInt,
  asList,
  asRecord,
  asString,
  checkBrokerId,
  checkReference,
  type RawRecord,
} from './rawFacts';
import { MAX_PARTITIONS, topicNameSchema } from './topicSchema';

/** What the file declares, as far as it can be read. undefined = that list is unusable. */
export interface Declared {
  brokers: number | undefined;
  /** topic name → partition count (undefined when the count itself is wrong) */
  topics: ReadonlyMap<string, number | undefined> | undefined;
  producers: ReadonlySet<string> | undefined;
  consumers: ReadonlySet<string> | undefined;
}

/** An absent list is an empty one (the default); a list of the wrong type is unusable. */
function rawItems(value: unknown): RawRecord[] | undefined {
  if (value === undefined) return [];
  return asList(value)?.map((item) => asRecord(item) ?? {});
}

export function declared(file: RawRecord, brokers: number | undefined): Declared {
  const topicItems = rawItems(file.topics);
  const topics = topicItems && new Map<string, number | undefined>();
  for (const t of topicItems ?? []) {
    const name = asString(t.name);
    const partitions = asInt(t.partitions, 1);
    // An empty name is reported on its own; listing it as a known topic would only confuse.
    if (name && !topics?.has(name)) {
      topics?.set(name, partitions !== undefined && partitions <= MAX_PARTITIONS ? partitions : undefined);
    }
  }
  const ids = (value: unknown) => {
    const items = rawItems(value);
    return items && new Set(items.map((c) => asString(c.id)).filter((id): id is string => id !== undefined && id !== ''));
  };
  return { brokers, topics, producers: ids(file.producers), consumers: ids(file.consumers) };
}

const INTERNAL_TOPICS = new Set(['__consumer_offsets', '__transaction_state']);

function checkTopicNames(topics: RawRecord[], sink: ProblemSink): void {
  // Kafka refuses a topic whose name differs from another only by "." versus "_" (Topic.hasCollision).
  const seen = new Map<string, { name: string; index: number }>();
  topics.forEach((t, i) => {
    if (!topicNameSchema.safeParse(t.name).success) return;
    const name = t.name as string;
    if (INTERNAL_TOPICS.has(name)) {
      sink.add(['topics', i, 'name'], `"${name}" is one of Kafka's internal topics; choose another name`);
      return;
    }
    const folded = name.replaceAll('.', '_');
    const earlier = seen.get(folded);
    if (earlier === undefined) seen.set(folded, { name, index: i });
    else if (earlier.name === name) {
      sink.add(['topics', i, 'name'], `"${name}" is already the name of topics[${earlier.index}]`);
    } else {
      sink.add(
        ['topics', i, 'name'],
        `"${name}" collides with "${earlier.name}" (topics[${earlier.index}]): Kafka treats "." and "_" alike in topic names`,
      );
    }
  });
}

function checkAssignment(t: RawRecord, path: Path, brokers: number | undefined, sink: ProblemSink): void {
  const lists = asList(t.assignment);
  if (lists === undefined) return;
  const partitions = asInt(t.partitions, 1);
  if (partitions !== undefined && partitions <= MAX_PARTITIONS && lists.length !== partitions) {
    sink.add(path, `has ${lists.length} replica lists but the topic has ${partitions} partitions (one list per partition)`);
  }
  const rf = asInt(t.replicationFactor, 1);
  lists.forEach((raw, p) => {
    const replicas = asList(raw);
    if (replicas === undefined) return;
    if (rf !== undefined && replicas.length !== rf) {
      sink.add([...path, p], `has ${replicas.length} brokers but replicationFactor is ${rf}`);
    }
    const listed = new Set<number>();
    replicas.forEach((id, k) => {
      checkBrokerId(sink, [...path, p, k], id, brokers);
      const broker = asInt(id);
      if (broker === undefined) return;
      if (listed.has(broker)) sink.add([...path, p, k], `broker ${broker} is listed twice; replicas must be different brokers`);
      listed.add(broker);
    });
  });
}

export function checkTopics(file: RawRecord, brokers: number | undefined, sink: ProblemSink): void {
  const topics = rawItems(file.topics) ?? [];
  checkTopicNames(topics, sink);
  topics.forEach((t, i) => {
    const rf = asInt(t.replicationFactor, 1);
    if (rf !== undefined && brokers !== undefined && rf > brokers) {
      sink.add(['topics', i, 'replicationFactor'], `${rf} is more than the ${brokers} broker${brokers === 1 ? '' : 's'}`);
    }
    checkAssignment(t, ['topics', i, 'assignment'], brokers, sink);
  });
}

/** A client id is also a network node name (spec §2), so it must not shadow a cluster node. */
function isClusterNodeName(id: string): boolean {
  return id === 'controller' || /^broker-\d+$/.test(id);
}

export function checkClientIds(file: RawRecord, sink: ProblemSink): void {
  const owners = new Map<string, string>();
  for (const section of ['producers', 'consumers'] as const) {
    (rawItems(file[section]) ?? []).forEach((client, i) => {
      const id = asString(client.id);
      if (id === undefined || id === '') return;
      const here = `${section}[${i}]`;
      if (isClusterNodeName(id)) {
        sink.add([section, i, 'id'], `"${id}" is the name of a cluster node; choose another id`);
      } else if (owners.has(id)) {
        sink.add(
          [section, i, 'id'],
          `"${id}" is already used by ${owners.get(id)}; producer and consumer ids must all differ`,
        );
      } else owners.set(id, here);
    });
  }
}

export function checkConsumerTopics(file: RawRecord, known: Declared, sink: ProblemSink): void {
  const names = known.topics && new Set(known.topics.keys());
  (rawItems(file.consumers) ?? []).forEach((consumer, i) => {
    asList(consumer.topics)?.forEach((topic, k) => {
      checkReference(sink, ['consumers', i, 'topics', k], topic, 'topic', names);
    });
  });
}
