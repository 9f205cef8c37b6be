// Small building blocks shared by the section schemas.
import * as z from 'zod';

/** Java's Integer.MAX_VALUE: Kafka's int configs (retries, timeouts) cannot go above it. */
export const JAVA_INT_MAX = 2147483647;

/** A whole number in [min, max]; JSON has no integer type, so 1.5 must be refused here. */
export function int(min: number, max: number = Number.MAX_SAFE_INTEGER) {
  return z.int().min(min).max(max);
}

/** A whole number that Kafka stores in a Java int. */
export function javaInt(min: number) {
  return int(min, JAVA_INT_MAX);
}

/** Edit distance, to suggest the setting a teacher probably meant. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
    }
    prev = row;
  }
  return prev[b.length];
}

/** The known name closest to `name`, when it is close enough to be a typo. */
export function closestName(name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of known) {
    const d = distance(lower, candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  // About two edits in five characters: catches typos without pairing unrelated short words.
  const limit = Math.max(1, Math.floor(0.4 * Math.max(name.length, best?.length ?? 0)));
  return bestDistance <= limit ? best : undefined;
}

export type KeyKind = 'setting' | 'field';

export function unknownKeyMessage(
  key: string,
  known: readonly string[],
  kind: KeyKind,
  hints: Readonly<Record<string, string>>,
): string {
  const hint = Object.hasOwn(hints, key) ? hints[key] : undefined;
  if (hint) return `unknown ${kind}; ${hint}`;
  // Very long keys are garbage, not typos; comparing them would only cost time.
  const guess = key.length <= 100 ? closestName(key, known) : undefined;
  return guess ? `unknown ${kind}; did you mean "${guess}"?` : `unknown ${kind}`;
}

/**
 * An object that refuses keys it does not know, one problem per unknown key with the key in the
 * path (`cluster.config.replica.lag.max: unknown setting`): misspelt config names are the most
 * common mistake in hand-written scenarios, and silently ignoring them would run the wrong lesson.
 * The cast hides the catch-all from the inferred type: it never lets a value through.
 */
export function strictObject<S extends z.core.$ZodLooseShape>(
  shape: S,
  kind: KeyKind,
  hints: Readonly<Record<string, string>> = {},
): z.ZodObject<S, z.core.$strict> {
  const known = Object.keys(shape);
  const unknownKey = z.custom<never>(() => false, {
    error: (iss) => unknownKeyMessage(String(iss.path?.at(-1) ?? ''), known, kind, hints),
  });
  return z.object(shape).catchall(unknownKey) as unknown as z.ZodObject<S, z.core.$strict>;
}

/** A non-empty string naming something (an id, a group). */
export const name = z.string().min(1).max(249);
