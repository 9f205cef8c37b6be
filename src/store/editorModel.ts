// The scenario editor's form model: every field as the text the teacher typed, so a half-typed
// value is kept as it is and parseScenario names the problem at the field's own path. Settings the
// form does not show (network, other configs, assignments, lesson keys) ride along in `rest` and are
// written back untouched.
import type { ScenarioProblem } from '../scenario/types';

type Json = Record<string, unknown>;

export interface EditorTopic {
  name: string;
  partitions: string;
  replicationFactor: string;
  minInsync: string;
  rest: Json;
}

export interface EditorProducer {
  id: string;
  acks: string;
  /** '' = not set (Kafka infers it), 'true' or 'false'. */
  idempotence: string;
  lingerMs: string;
  rest: Json;
}

export interface EditorConsumer {
  id: string;
  groupId: string;
  /** Comma-separated topic names. */
  topics: string;
  commitMode: string;
  offsetReset: string;
  assignor: string;
  rest: Json;
}

export interface EditorAction {
  atMs: string;
  do: string;
  fields: Record<string, string>;
}

export interface EditorModel {
  title: string;
  description: string;
  seed: string;
  durationMs: string;
  brokers: string;
  metadata: string;
  minInsync: string;
  unclean: boolean;
  replicaLagMs: string;
  sessionTimeoutMs: string;
  topics: EditorTopic[];
  producers: EditorProducer[];
  consumers: EditorConsumer[];
  script: EditorAction[];
  rest: Json;
}

/** The fields each script action takes, in the order the form shows them. */
export const ACTION_FIELDS: Record<string, readonly string[]> = {
  produce: ['producer', 'topic', 'key', 'value', 'partition', 'count', 'everyMs'],
  flush: ['producer'],
  crashBroker: ['broker'],
  restartBroker: ['broker'],
  isolate: ['node'],
  cutLink: ['between'],
  heal: ['node'],
  startConsumer: ['consumer'],
  stopConsumer: ['consumer'],
  crashConsumer: ['consumer'],
  commit: ['consumer'],
  addPartitions: ['topic', 'count'],
  electPreferredLeaders: ['topic'],
};
const NUMERIC_FIELDS = new Set(['partition', 'count', 'everyMs', 'broker']);

const BROKER_KEYS = {
  minInsync: 'min.insync.replicas',
  unclean: 'unclean.leader.election.enable',
  replicaLagMs: 'replica.lag.time.max.ms',
  sessionTimeoutMs: 'broker.session.timeout.ms',
} as const;

function rec(x: unknown): Json {
  return typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as Json) : {};
}

function list(x: unknown): unknown[] {
  return Array.isArray(x) ? x : [];
}

function text(x: unknown): string {
  if (x === undefined || x === null) return '';
  if (Array.isArray(x)) return x.map(text).join(', ');
  return typeof x === 'object' ? JSON.stringify(x) : String(x);
}

function without(o: Json, ...keys: string[]): Json {
  const out = { ...o };
  for (const k of keys) delete out[k];
  return out;
}

/** A number when the text is one; '' is absent; anything else stays text for the parser to name. */
export function numberOrText(s: string): number | string | undefined {
  const t = s.trim();
  if (t === '') return undefined;
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : t;
}

function put(out: Json, key: string, value: unknown): void {
  if (value === undefined) delete out[key];
  else out[key] = value;
}

export function modelFromFile(input: unknown): EditorModel {
  const file = rec(input);
  const cluster = rec(file.cluster);
  const config = rec(cluster.config);
  return {
    title: text(file.title),
    description: text(file.description),
    seed: text(file.seed),
    durationMs: text(file.durationMs),
    brokers: text(cluster.brokers),
    metadata: text(cluster.metadata) || 'kraft',
    minInsync: text(config[BROKER_KEYS.minInsync]),
    unclean: config[BROKER_KEYS.unclean] === true,
    replicaLagMs: text(config[BROKER_KEYS.replicaLagMs]),
    sessionTimeoutMs: text(config[BROKER_KEYS.sessionTimeoutMs]),
    topics: list(file.topics).map((t) => {
      const r = rec(t);
      return {
        name: text(r.name),
        partitions: text(r.partitions),
        replicationFactor: text(r.replicationFactor),
        minInsync: text(rec(r.config)['min.insync.replicas']),
        rest: r,
      };
    }),
    producers: list(file.producers).map((p) => {
      const r = rec(p);
      const c = rec(r.config);
      return {
        id: text(r.id),
        acks: text(c.acks),
        idempotence: text(c['enable.idempotence']),
        lingerMs: text(c['linger.ms']),
        rest: r,
      };
    }),
    consumers: list(file.consumers).map((k) => {
      const r = rec(k);
      const c = rec(r.config);
      return {
        id: text(r.id),
        groupId: text(r.groupId),
        topics: text(r.topics),
        commitMode: text(r.commitMode),
        offsetReset: text(c['auto.offset.reset']),
        assignor: text(c['partition.assignment.strategy']),
        rest: r,
      };
    }),
    script: list(file.script).map((a) => {
      const r = rec(a);
      const fields: Record<string, string> = {};
      for (const f of ACTION_FIELDS[text(r.do)] ?? []) fields[f] = text(r[f]);
      return { atMs: text(r.atMs), do: text(r.do), fields };
    }),
    rest: without(file, 'version', 'title', 'description', 'seed', 'durationMs', 'topics', 'producers', 'consumers', 'script'),
  };
}

function clusterOf(m: EditorModel): Json {
  const cluster: Json = {
    ...rec(m.rest.cluster),
    brokers: numberOrText(m.brokers),
  };
  const config = { ...rec(cluster.config) };
  put(config, BROKER_KEYS.minInsync, numberOrText(m.minInsync));
  put(config, BROKER_KEYS.unclean, m.unclean ? true : undefined);
  put(config, BROKER_KEYS.replicaLagMs, numberOrText(m.replicaLagMs));
  put(config, BROKER_KEYS.sessionTimeoutMs, numberOrText(m.sessionTimeoutMs));
  put(cluster, 'config', Object.keys(config).length ? config : undefined);
  put(cluster, 'metadata', m.metadata || undefined);
  return cluster;
}

function topicOf(t: EditorTopic): Json {
  const out: Json = {
    ...t.rest,
    name: t.name,
    partitions: numberOrText(t.partitions),
    replicationFactor: numberOrText(t.replicationFactor),
  };
  // A written assignment no longer fits once the partition count or replication factor changed.
  if (t.rest.partitions !== out.partitions || t.rest.replicationFactor !== out.replicationFactor) delete out.assignment;
  const config = { ...rec(t.rest.config) };
  put(config, 'min.insync.replicas', numberOrText(t.minInsync));
  put(out, 'config', Object.keys(config).length ? config : undefined);
  return out;
}

function producerOf(p: EditorProducer): Json {
  const config = { ...rec(p.rest.config) };
  put(config, 'acks', p.acks.trim() || undefined);
  put(config, 'enable.idempotence', p.idempotence === 'true' ? true : p.idempotence === 'false' ? false : undefined);
  put(config, 'linger.ms', numberOrText(p.lingerMs));
  const out: Json = { ...p.rest, id: p.id };
  put(out, 'config', Object.keys(config).length ? config : undefined);
  return out;
}

function consumerOf(k: EditorConsumer): Json {
  const config = { ...rec(k.rest.config) };
  put(config, 'auto.offset.reset', k.offsetReset || undefined);
  put(config, 'partition.assignment.strategy', k.assignor || undefined);
  const topics = k.topics
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== '');
  const out: Json = { ...k.rest, id: k.id, groupId: k.groupId, topics };
  put(out, 'commitMode', k.commitMode || undefined);
  put(out, 'config', Object.keys(config).length ? config : undefined);
  return out;
}

function actionOf(a: EditorAction): Json {
  const out: Json = { atMs: numberOrText(a.atMs) ?? '', do: a.do };
  for (const f of ACTION_FIELDS[a.do] ?? []) {
    const v = a.fields[f] ?? '';
    if (f === 'between') put(out, f, v.trim() === '' ? undefined : v.split(',').map((s) => s.trim()));
    else if (NUMERIC_FIELDS.has(f)) put(out, f, numberOrText(v));
    else if (f === 'value') out[f] = v;
    else put(out, f, v === '' ? undefined : v);
  }
  return out;
}

/** The scenario file the form describes, ready for parseScenario. */
export function fileFromModel(m: EditorModel): Json {
  const file: Json = { ...m.rest, version: 1, title: m.title };
  put(file, 'description', m.description === '' ? undefined : m.description);
  put(file, 'seed', numberOrText(m.seed));
  put(file, 'durationMs', numberOrText(m.durationMs));
  file.cluster = clusterOf(m);
  file.topics = m.topics.map(topicOf);
  file.producers = m.producers.map(producerOf);
  file.consumers = m.consumers.map(consumerOf);
  file.script = m.script.map(actionOf);
  return file;
}

/** Every path the form has a field for (problem paths use the same spelling). */
export function fieldPaths(m: EditorModel): string[] {
  const under = (prefix: string, fields: readonly string[]) => fields.map((f) => `${prefix}.${f}`);
  return [
    ...['title', 'description', 'seed', 'durationMs', 'cluster.brokers', 'cluster.metadata'],
    ...under('cluster.config', Object.values(BROKER_KEYS)),
    ...m.topics.flatMap((_, i) => under(`topics[${i}]`, ['name', 'partitions', 'replicationFactor', 'config.min.insync.replicas'])),
    ...m.producers.flatMap((_, i) => under(`producers[${i}]`, ['id', 'config.acks', 'config.enable.idempotence', 'config.linger.ms'])),
    ...m.consumers.flatMap((_, i) =>
      under(`consumers[${i}]`, ['id', 'groupId', 'topics', 'commitMode', 'config.auto.offset.reset', 'config.partition.assignment.strategy']),
    ),
    ...m.script.flatMap((a, i) => under(`script[${i}]`, ['atMs', 'do', ...(ACTION_FIELDS[a.do] ?? [])])),
  ];
}

/** Does a problem belong to the field at `path` (itself, or an item or key inside it)? */
export function problemAt(problem: ScenarioProblem, path: string): boolean {
  return problem.path === path || problem.path.startsWith(`${path}[`) || problem.path.startsWith(`${path}.`);
}

/** The problems of one field. */
export function problemsFor(problems: readonly ScenarioProblem[], path: string): ScenarioProblem[] {
  return problems.filter((p) => problemAt(p, path));
}

/** Problems no field of the form shows: listed on their own, with their path. */
export function unplacedProblems(problems: readonly ScenarioProblem[], m: EditorModel): ScenarioProblem[] {
  const paths = fieldPaths(m);
  return problems.filter((p) => !paths.some((path) => problemAt(p, path)));
}

export const emptyTopic = (n: number): EditorTopic => ({
  name: `topic${n}`,
  partitions: '1',
  replicationFactor: '1',
  minInsync: '',
  rest: {},
});
export const emptyProducer = (n: number): EditorProducer => ({
  id: `p${n}`,
  acks: 'all',
  idempotence: '',
  lingerMs: '',
  rest: {},
});
export const emptyConsumer = (n: number, topic: string): EditorConsumer => ({
  id: `c${n}`,
  groupId: 'g1',
  topics: topic,
  commitMode: 'auto',
  offsetReset: 'earliest',
  assignor: '',
  rest: {},
});
export const emptyAction = (): EditorAction => ({
  atMs: '1000',
  do: 'produce',
  fields: {
    producer: '',
    topic: '',
    key: '',
    value: 'hello',
    partition: '',
    count: '',
    everyMs: '',
  },
});

/** A script row switched to another action keeps the fields the two share. */
export function withActionKind(a: EditorAction, kind: string): EditorAction {
  const fields: Record<string, string> = {};
  for (const f of ACTION_FIELDS[kind] ?? []) fields[f] = a.fields[f] ?? '';
  return { ...a, do: kind, fields };
}
