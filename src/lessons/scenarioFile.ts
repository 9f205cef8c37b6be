// A lesson as one self-contained scenario file (scenarios/lessons/<id>.json): the scenario plus
// its narration under the "lesson" and "narration" keys the parser accepts, so the headless
// runner plays it and a teacher can open, edit and share it like any scenario.
import { isSimEventType } from '../engine/simEvents';
import type { ScenarioFile } from '../scenario/schema';
import type { EventMatcher, Lesson, NarrationCue } from './types';

export function lessonScenarioFile(lesson: Lesson): ScenarioFile {
  return {
    ...lesson.scenario,
    lesson: { id: lesson.id, title: lesson.title, seedRefs: lesson.seedRefs, summary: lesson.summary },
    narration: lesson.narration,
  };
}

/** Where the files live, relative to the repository root. */
export const LESSON_SCENARIO_DIR = 'scenarios/lessons';

/** The exact text of a lesson's file: two-space JSON and a final newline. */
export function scenarioFileText(file: unknown): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

function isMatcher(x: unknown): x is EventMatcher {
  if (typeof x !== 'object' || x === null) return false;
  const m = x as Record<string, unknown>;
  const optional = (k: string, type: string) => m[k] === undefined || typeof m[k] === type;
  return isSimEventType(m.type) && ['topic', 'producer', 'consumer'].every((k) => optional(k, 'string'))
    && ['nth', 'partition', 'broker', 'offset'].every((k) => optional(k, 'number')) && (m.after === undefined || isMatcher(m.after));
}

/**
 * The narration an imported file carries (a lesson file, or a teacher's file written the same
 * way); cues that are not { event: { type, … }, text } with a type the engine emits are skipped,
 * since narration is optional.
 */
export function narrationFromFile(file: unknown): NarrationCue[] {
  const list = typeof file === 'object' && file !== null ? (file as { narration?: unknown }).narration : undefined;
  if (!Array.isArray(list)) return [];
  return list.filter((c): c is NarrationCue => typeof c === 'object' && c !== null && typeof c.text === 'string' && isMatcher(c.event));
}
