// parseScenario: file → normalized Scenario, or every problem in the file with its path.
// Each section and each list item is parsed on its own, and the cross-field checks read the raw
// file, so one mistake never hides another. Nothing here throws, whatever the input.
import * as z from 'zod';
import { buildScenario } from './build';
import { brokerCountSchema, clusterSchema } from './clusterSchema';
import { consumerSchema } from './consumerSchema';
import { checkClientIds, checkConsumerTopics, checkTopics, declared } from './crossChecks';
import { jsonSyntaxMessage } from './jsonText';
import { describeValue } from './plainMessage';
import { ProblemSink } from './problems';
import { producerSchema } from './producerSchema';
import { asRecord } from './rawFacts';
import {
  headerSchema,
  MAX_ACTIONS,
  MAX_CONSUMERS,
  MAX_PRODUCERS,
  MAX_TOPICS,
  SECTION_KEYS,
  topLevelKeyProblem,
} from './schema';
import { checkScript } from './scriptChecks';
import { ACTION_KINDS, actionSchemas, actionTimeSchema, isActionKind } from './scriptSchema';
import { topicSchema } from './topicSchema';
import type { ParseResult, ScenarioProblem, ScriptAction } from './types';

export { formatProblems } from './problems';

function failure(path: string, message: string): ParseResult {
  return { ok: false, problems: [{ path, message }] };
}

/** Parses a list section item by item; undefined when the list or any item has problems. */
function takeList<S extends z.ZodType>(
  schema: S,
  value: unknown,
  key: string,
  max: number,
  sink: ProblemSink,
): z.output<S>[] | undefined {
  if (value === undefined) return [];
  const items = sink.take(z.array(z.unknown()).max(max), value, [key]);
  if (items === undefined) return undefined;
  const parsed = items.map((item, i) => sink.take(schema, item, [key, i]));
  return parsed.every((p) => p !== undefined) ? parsed : undefined;
}

function takeAction(item: unknown, i: number, sink: ProblemSink): ScriptAction | undefined {
  const path = ['script', i];
  const raw = asRecord(item);
  if (raw === undefined) {
    sink.add(path, `must be an object like {"atMs": 0, "do": "crashBroker", "broker": 1} (got ${describeValue(item)})`);
    return undefined;
  }
  if (!isActionKind(raw.do)) {
    const got = raw.do === undefined ? 'is required' : `must be one of ${ACTION_KINDS.join(', ')} (got ${describeValue(raw.do)})`;
    sink.add([...path, 'do'], got);
    sink.take(actionTimeSchema, raw, path);
    return undefined;
  }
  const action = sink.take(actionSchemas[raw.do] as z.ZodType, raw, path);
  return action === undefined ? undefined : ({ ...(action as object), index: i } as ScriptAction);
}

function takeScript(value: unknown, sink: ProblemSink): ScriptAction[] | undefined {
  if (value === undefined) return [];
  const items = sink.take(z.array(z.unknown()).max(MAX_ACTIONS), value, ['script']);
  if (items === undefined) return undefined;
  const actions = items.map((item, i) => takeAction(item, i, sink));
  return actions.every((a) => a !== undefined) ? actions : undefined;
}

// Problems are listed in file order: header, cluster, then each list item by item.
const SECTION_RANK = ['(file)', ...Object.keys(headerSchema.shape), ...SECTION_KEYS];
const UNKNOWN_KEY_RANK = SECTION_RANK.indexOf('cluster') - 0.5;

function fileOrder(problems: ScenarioProblem[]): ScenarioProblem[] {
  const rank = (p: ScenarioProblem): [number, number] => {
    const m = /^([^.[]+)(?:\[(\d+)\])?/.exec(p.path);
    const section = SECTION_RANK.indexOf(m?.[1] ?? '');
    // Unknown top-level keys come after the header fields, before the sections.
    return [section === -1 ? UNKNOWN_KEY_RANK : section, m?.[2] === undefined ? -1 : Number(m[2])];
  };
  return problems
    .map((p) => ({ p, r: rank(p) }))
    .sort((a, b) => a.r[0] - b.r[0] || a.r[1] - b.r[1])
    .map(({ p }) => p);
}

function parseFile(input: unknown): ParseResult {
  const file = asRecord(input);
  if (file === undefined) {
    return failure('(file)', `must be a JSON object with "version", "title" and "cluster" (got ${describeValue(input)})`);
  }
  const sink = new ProblemSink();
  for (const key of Object.keys(file)) {
    const message = topLevelKeyProblem(key);
    if (message !== undefined) sink.add([key], message);
  }
  const header = sink.take(headerSchema, file, []);
  const cluster = sink.take(clusterSchema, file.cluster, ['cluster']);
  // The broker count alone serves the cross-field checks even when another part of cluster is wrong.
  const brokers = cluster?.brokers ?? brokerCountSchema.safeParse(asRecord(file.cluster)?.brokers).data;
  const topics = takeList(topicSchema, file.topics, 'topics', MAX_TOPICS, sink);
  const producers = takeList(producerSchema, file.producers, 'producers', MAX_PRODUCERS, sink);
  const consumers = takeList(consumerSchema, file.consumers, 'consumers', MAX_CONSUMERS, sink);
  const script = takeScript(file.script, sink);

  const known = declared(file, brokers);
  checkTopics(file, brokers, sink);
  checkClientIds(file, sink);
  checkConsumerTopics(file, known, sink);
  checkScript(file, known, sink);

  if (!sink.empty || !header || !cluster || !topics || !producers || !consumers || !script) {
    // The last guard is for the type checker: a missing part always left a problem behind.
    return { ok: false, problems: fileOrder(sink.problems) };
  }
  return { ok: true, scenario: buildScenario({ header, cluster, topics, producers, consumers, script }) };
}

function errorText(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'unknown error';
  }
}

/** Validates and normalizes a scenario already read as JSON (or built in code). Never throws. */
export function parseScenario(input: unknown): ParseResult {
  try {
    return parseFile(input);
  } catch (error) {
    // Only exotic inputs get here (a getter that throws, a revoked Proxy); say so, without a stack.
    return failure('(file)', `could not be read: ${errorText(error)}`);
  }
}

/** Parses the text of a scenario file (UTF-8 JSON). Never throws. */
export function parseScenarioText(text: string): ParseResult {
  if (typeof text !== 'string') return failure('(file)', `must be text (got ${describeValue(text)})`);
  // Editors on Windows may save a byte-order mark, which JSON.parse refuses.
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (source.trim() === '') return failure('(file)', 'is empty: a scenario is a JSON object');
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    return failure('(file)', jsonSyntaxMessage(error, source));
  }
  return parseScenario(data);
}
