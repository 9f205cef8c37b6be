// Test helper: each lesson played once per test file, headless, with invariants checked.
import { parseScenario } from '../scenario/parse';
import type { Scenario } from '../scenario/types';
import { type LessonRun, playRun } from './modes/lessonRun';
import type { Lesson } from './types';

const runs = new Map<string, LessonRun>();

export function parsed(file: unknown): Scenario {
  const result = parseScenario(file);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return result.scenario;
}

export function lessonRun(lesson: Lesson): LessonRun {
  let run = runs.get(lesson.id);
  if (!run) {
    run = playRun(parsed(lesson.scenario), { checkInvariants: true });
    runs.set(lesson.id, run);
  }
  return run;
}
