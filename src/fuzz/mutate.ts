// Seeded mutations of valid scenario files: break one to three things (a field deleted, retyped,
// pushed out of range, a reference pointed at nothing, an action added, the JSON text itself cut
// or garbled) and hand back the text, so the runner and the app can be fed it. Pure: no node APIs.
import { type Random, seeded } from './prng';

export interface Mutant {
  /** Makes the same mutant again with mutateScenario(source file, seed). */
  seed: number;
  ops: string[];
  text: string;
}

export type Container = Record<string, unknown> | unknown[];
export type Slot = [Container, string | number];

export const MARKUP = ['<img src=x onerror=window.__xss=1>', '<script>window.__xss=1</script>'] as const;

const WEIRD: readonly unknown[] = [
  null, true, false, '', ' ', '-1', 'all', 'broker-99', 0, -1, 1, 1.5, 2 ** 31, 2 ** 53, 1e308, -1e308,
  [], [[]], {}, { do: 'heal' }, 'x'.repeat(300), ...MARKUP, '\u202e\u0000',
];
const EXTRA_KEYS = ['extra', 'x-note', 'acks', 'do', 'min.insync.replica', '__proto__', 'constructor'];
const ACTIONS = [
  'produce', 'flush', 'crashBroker', 'restartBroker', 'isolate', 'cutLink', 'heal', 'startConsumer',
  'stopConsumer', 'crashConsumer', 'commit', 'addPartitions', 'electPreferredLeaders',
] as const;

/** Every place in a JSON tree that a mutation can touch: [container, key]. */
export function slots(root: Container): Slot[] {
  const found: Slot[] = [];
  const visit = (node: Container) => {
    const keys = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
    for (const key of keys) {
      found.push([node, key]);
      const child = (node as Record<string | number, unknown>)[key];
      if (typeof child === 'object' && child !== null) visit(child as Container);
    }
  };
  visit(root);
  return found;
}

function stringsIn(root: unknown): string[] {
  if (typeof root === 'string') return [root];
  if (typeof root !== 'object' || root === null) return [];
  return Object.values(root).flatMap(stringsIn);
}

const ids = (list: unknown): string[] =>
  Array.isArray(list) ? list.map((x) => String((x as { id?: unknown; name?: unknown })?.id ?? (x as { name?: unknown })?.name)) : [];

/** A new script action, half the time pointing at something that exists. */
function randomAction(file: Record<string, unknown>, r: Random): Record<string, unknown> {
  const brokers = Number((file.cluster as { brokers?: unknown })?.brokers) || 3;
  const producers = [...ids(file.producers), 'ghost'];
  const consumers = [...ids(file.consumers), 'ghost'];
  const topics = [...ids(file.topics), 'nope'];
  const nodes = ['controller', `broker-${1 + r.below(brokers)}`, 'broker-99', ...producers, ...consumers];
  const duration = Number(file.durationMs) || 60_000;
  const action: Record<string, unknown> = { atMs: r.below(Math.max(1, duration)), do: r.pick(ACTIONS) };
  switch (action.do) {
    case 'produce':
      Object.assign(action, { producer: r.pick(producers), topic: r.pick(topics), key: r.pick(['k{i}', null, MARKUP[0]]), value: r.pick(['v{i}', MARKUP[1]]) });
      if (r.next() < 0.5) Object.assign(action, { count: r.pick([1, 5, 50]), everyMs: r.pick([0, 10, 100]) });
      break;
    case 'flush':
      action.producer = r.pick(producers);
      break;
    case 'crashBroker':
    case 'restartBroker':
      action.broker = r.pick([0, 1 + r.below(brokers), brokers + 1]);
      break;
    case 'isolate':
      action.node = r.pick(nodes);
      break;
    case 'cutLink':
      action.between = [r.pick(nodes), r.pick(nodes)];
      break;
    case 'heal':
      if (r.next() < 0.5) action.node = r.pick(nodes);
      break;
    case 'addPartitions':
      Object.assign(action, { topic: r.pick(topics), count: r.pick([1, 4, 12, 300]) });
      break;
    case 'electPreferredLeaders':
      if (r.next() < 0.5) action.topic = r.pick(topics);
      break;
    default:
      action.consumer = r.pick(consumers);
  }
  return action;
}

function mutateTree(file: Record<string, unknown>, r: Random): string {
  const [node, key] = r.pick(slots(file));
  const record = node as Record<string | number, unknown>;
  const value = record[key];
  const op = r.pick(['delete', 'weird', 'nudge', 'retype', 'extraKey', 'duplicate', 'crossRef', 'brokerId', 'addAction'] as const);
  switch (op) {
    case 'delete':
      if (Array.isArray(node)) node.splice(key as number, 1);
      else delete record[key];
      break;
    case 'weird':
      record[key] = r.pick(WEIRD);
      break;
    case 'nudge':
      record[key] = typeof value === 'number' ? r.pick([value + 1, value - 1, -value, value * 1000, 0, value + 0.5]) : r.pick([0, -1, 10 ** 9]);
      break;
    case 'retype':
      record[key] = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.length : [value];
      break;
    case 'extraKey':
      if (!Array.isArray(node)) Object.defineProperty(node, r.pick(EXTRA_KEYS), { value: 1, enumerable: true, configurable: true, writable: true });
      break;
    case 'duplicate':
      if (Array.isArray(node)) node.splice(key as number, 0, structuredClone(value));
      break;
    case 'crossRef':
      record[key] = r.pick([...stringsIn(file), 'ghost']);
      break;
    case 'brokerId': {
      const brokers = Number((file.cluster as { brokers?: unknown })?.brokers) || 3;
      record[key] = r.pick([0, brokers, brokers + 1, 33, -1]);
      break;
    }
    case 'addAction': {
      const script = Array.isArray(file.script) ? file.script : (file.script = []);
      (script as unknown[]).push(randomAction(file, r));
      break;
    }
  }
  return `${op} ${String(key)}`;
}

function mutateText(text: string, r: Random): [string, string] {
  const at = r.below(text.length + 1);
  switch (r.pick(['truncate', 'garble', 'bom', 'trailingComma'] as const)) {
    case 'truncate':
      return [text.slice(0, at), `truncate at ${at}`];
    case 'garble':
      return [text.slice(0, at) + r.pick([...'{}[]",:0-e ']) + text.slice(at + 1), `garble at ${at}`];
    case 'bom':
      return [`\uFEFF${text}`, 'bom'];
    case 'trailingComma':
      return [text.replace(/\}\s*$/, ',}'), 'trailing comma'];
  }
}

/** One mutant of a valid scenario file (parsed JSON). The same file and seed give the same text. */
export function mutateScenario(file: unknown, seed: number): Mutant {
  const r = seeded(seed);
  const copy = structuredClone(file) as Record<string, unknown>;
  const ops: string[] = [];
  const count = 1 + r.below(3);
  for (let i = 0; i < count; i++) ops.push(mutateTree(copy, r));
  let text = JSON.stringify(copy, null, r.next() < 0.5 ? 2 : undefined);
  if (r.next() < 0.12) {
    const [garbled, op] = mutateText(text, r);
    text = garbled;
    ops.push(op);
  }
  return { seed, ops, text };
}
