// Events as a rule would emit them, at step 1, for renderer tests.
import type { EngineEvent, EngineEventInput } from '../rowEvents';

export function at(step: number, timeMs: number, ...events: EngineEventInput[]): EngineEvent[] {
  return events.map((e) => ({ ...e, step, timeMs }) as EngineEvent);
}

export function stepOf(...events: EngineEventInput[]): EngineEvent[] {
  return at(1, 0, ...events);
}
