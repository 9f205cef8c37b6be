// Binding lessons to the engine's events: a matcher names an event by its type and fields, and
// resolves to the step it happened on in this particular run.
import type { SimEvent } from '../../engine/view.types';
import type { EventMatcher } from '../types';

const FIELDS = ['topic', 'partition', 'broker', 'producer', 'consumer', 'offset'] as const;

/** True when every field the matcher names equals the event's (nth and after are not checked here). */
export function eventMatches(event: SimEvent, matcher: EventMatcher): boolean {
  if (event.type !== matcher.type) return false;
  return FIELDS.every((f) => matcher[f] === undefined || matcher[f] === event[f]);
}

/**
 * The matched event itself, or null when the run has no such event. `after` counts in event
 * order, so "the HighWatermarkAdvanced after this RecordAppended" can share its step.
 */
export function findEvent(events: readonly SimEvent[], matcher: EventMatcher): SimEvent | null {
  let from = 0;
  if (matcher.after) {
    const anchor = findEvent(events, matcher.after);
    if (!anchor) return null;
    from = events.indexOf(anchor) + 1;
  }
  const nth = Math.max(1, matcher.nth ?? 1);
  let seen = 0;
  for (let i = from; i < events.length; i++) {
    if (eventMatches(events[i], matcher) && ++seen === nth) return events[i];
  }
  return null;
}

/** The step the matched event happened on, or null when the run has no such event. */
export function resolveEvent(events: readonly SimEvent[], matcher: EventMatcher): number | null {
  return findEvent(events, matcher)?.step ?? null;
}

/** Resolves a list of things bound to events (cues, stages, moments), keeping their order. */
export function resolveAll<T extends { event: EventMatcher }>(items: readonly T[], events: readonly SimEvent[]): (T & { step: number | null })[] {
  return items.map((item) => ({ ...item, step: resolveEvent(events, item.event) }));
}

/** The item whose step is the latest one reached by `currentStep` (ties: the later in the list). */
export function latestReached<T extends { step: number | null }>(items: readonly T[], currentStep: number): number | null {
  let best: number | null = null;
  items.forEach((item, i) => {
    if (item.step === null || item.step > currentStep) return;
    if (best === null || item.step >= (items[best].step as number)) best = i;
  });
  return best;
}

/** Describes a matcher for people: "the 2nd HighWatermarkAdvanced of orders-0". */
export function describeMatcher(m: EventMatcher): string {
  const n = m.nth ?? 1;
  const ordinal = n === 1 ? 'first' : n === 2 ? 'second' : n === 3 ? 'third' : `${n}th`;
  const where: string[] = [];
  if (m.topic !== undefined) where.push(m.partition === undefined ? m.topic : `${m.topic}-${m.partition}`);
  if (m.broker !== undefined) where.push(`broker ${m.broker}`);
  if (m.producer !== undefined) where.push(m.producer);
  if (m.consumer !== undefined) where.push(m.consumer);
  if (m.offset !== undefined) where.push(`offset ${m.offset}`);
  const tail = m.after ? ` after ${describeMatcher(m.after)}` : '';
  return `the ${ordinal} ${m.type}${where.length ? ` of ${where.join(', ')}` : ''}${tail}`;
}
