// The scenario a session is about, as the relay carries it, read from the app store; and a key that
// says whether two pages have the same one open.
import type { AppState } from '../store/state';
import type { SessionIntervention, SessionSource } from './protocol';

export function sessionSourceOf(s: Pick<AppState, 'source' | 'seed'>): SessionSource {
  if (s.source === null) return { kind: 'default', seed: s.seed };
  if (s.source.kind === 'lesson') return { kind: 'lesson', lessonId: s.source.lessonId, seed: s.seed };
  return { kind: 'file', file: s.source.file };
}

/** JSON with object keys sorted, so that equal data gives equal text whatever the key order. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  );
}

export function sourceKey(source: SessionSource): string {
  if (source.kind === 'default') return `default:${source.seed}`;
  if (source.kind === 'lesson') return `lesson:${source.lessonId}:${source.seed}`;
  return `file:${stableJson(source.file)}`;
}

export function sameIntervention(a: SessionIntervention, b: SessionIntervention): boolean {
  return a.step === b.step && stableJson(a.action) === stableJson(b.action);
}

/** How many interventions the two logs share from their start. */
export function commonPrefix(a: readonly SessionIntervention[], b: readonly SessionIntervention[]): number {
  let n = 0;
  while (n < a.length && n < b.length && sameIntervention(a[n], b[n])) n++;
  return n;
}
