// What every subsystem's row renderers share: their type, and reading a headline's clauses.
import type { RowText } from '../core/context';
import type { EngineEvent, EngineEventOf, EngineEventType } from '../rowEvents';

/** Renders a step's row from its headline event `e`; `step` holds all of that step's events, in order. */
export type RowRenderer<T extends EngineEventType> = (e: EngineEventOf<T>, step: readonly EngineEvent[]) => RowText;

/** Row renderers by headline type: an event type listed here heads its step's row. */
export type RowRenderers = { [T in EngineEventType]?: RowRenderer<T> };

/** The events of one type among a step's events (a headline's clauses), in order. */
export function eventsOfType<T extends EngineEventType>(step: readonly EngineEvent[], type: T): EngineEventOf<T>[] {
  return step.filter((e) => e.type === type) as EngineEventOf<T>[];
}
