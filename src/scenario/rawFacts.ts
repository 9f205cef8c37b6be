// Cross-field checks read the raw file, not the parsed sections: a topic with a typo in its config
// still has a name that a consumer may rightly reference, and its replicationFactor can still be
// compared with the broker count. These guards pick out the values that are usable as they are.
import { describeValue } from './plainMessage';
import type { Path, ProblemSink } from './problems';

export type RawRecord = Record<string, unknown>;

export function asRecord(value: unknown): RawRecord | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as RawRecord)
    : undefined;
}

export function asList(value: unknown): unknown[] | undefined {
  return Array.isArray(value) ? value : undefined;
}

export function asInt(value: unknown, min = Number.MIN_SAFE_INTEGER): number | undefined {
  return Number.isSafeInteger(value) && (value as number) >= min ? (value as number) : undefined;
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** `"a", "b", "c"` — at most 8 shown, so a long list does not drown the message. */
export function quoteList(names: Iterable<string>): string {
  const all = [...names];
  const shown = all.slice(0, 8).map(describeValue);
  return all.length > 8 ? `${shown.join(', ')}, …` : shown.join(', ');
}

/** `(producers are "p1", "p2")` or `(there are no producers)`. */
export function knownList(plural: string, names: Iterable<string>): string {
  const list = quoteList(names);
  return list === '' ? `(there are no ${plural})` : `(${plural} are ${list})`;
}

export function brokerRange(brokers: number): string {
  return brokers === 1 ? '(the only broker is 1)' : `(brokers are 1..${brokers})`;
}

/** Reports a reference to a name that is not declared. `known` undefined = list unusable. */
export function checkReference(
  sink: ProblemSink,
  path: Path,
  value: unknown,
  what: string,
  known: ReadonlySet<string> | undefined,
): void {
  const name = asString(value);
  if (name === undefined || known === undefined || known.has(name)) return;
  sink.add(path, `there is no ${what} ${describeValue(name)} ${knownList(`${what}s`, known)}`);
}

/** Reports a broker id outside 1..brokers. `brokers` undefined = count unknown. */
export function checkBrokerId(
  sink: ProblemSink,
  path: Path,
  value: unknown,
  brokers: number | undefined,
): void {
  const id = asInt(value);
  if (id === undefined || brokers === undefined || (id >= 1 && id <= brokers)) return;
  sink.add(path, `there is no broker ${id} ${brokerRange(brokers)}`);
}
