// Freezing, where the state relies on it: the scenario and the controller's partition records are
// frozen for good (checkpoints share them); queued events only under the guard (queued.ts).

/**
 * Whether queued events are frozen all the way down. Checkpoints share a queued event because of
 * its class (queued.ts); freezing it and what it carries only guards against a rule changing a
 * message it sent or received, so tests turn this on (vitest.setup.ts) and a long run does not pay for it.
 */
export const freezeGuard = { deep: false };

/** Freezes a value and everything in it (the scenario, partition records; queued events under the guard). */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    if (Array.isArray(value)) for (const item of value) deepFreeze(item);
    else for (const key in value) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/**
 * Freezes a value that is only ever replaced, never changed, under the guard alone (a producer's
 * sends): nothing relies on it being frozen, and a run makes two or three of them per record.
 */
export function guardFreeze<T>(value: T): T {
  return freezeGuard.deep ? Object.freeze(value) : value;
}
