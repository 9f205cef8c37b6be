// Plays a lesson's two Compare runs in a lesson-run worker of their own (the lesson's own run
// keeps its worker), one after the other, and keeps the result for the lesson and seed.
import { compareRuns, type Comparison } from '../../lessons/modes/compareRuns';
import type { Lesson } from '../../lessons/types';
import type { LessonKit } from '../../store/state';
import { createLessonRunClient, type LessonRunClient, spawnLessonRunWorker } from '../../worker/lessonRunClient';
import type { PlayedRun } from '../../worker/lessonRunProtocol';

export interface CompareResult {
  comparison: Comparison;
  labels: [string, string];
  setting: string;
  seed: number;
}

const MAX_STEPS = 10_000;
let client: LessonRunClient | null = null;
const results = new Map<string, Promise<CompareResult>>();

async function play(kit: LessonKit, lesson: Lesson, file: unknown, seed: number): Promise<PlayedRun> {
  const parsed = kit.parseScenario(file);
  if (!parsed.ok) throw new Error(`the changed scenario is not valid: ${kit.formatProblems(parsed.problems)}`);
  client ??= createLessonRunClient(spawnLessonRunWorker);
  const { run } = await client.run({ scenario: parsed.scenario, seed, maxSteps: MAX_STEPS, narration: [], quiz: [], tracker: lesson.tracker, trackEveryMoment: true });
  return run;
}

/** Both runs of the lesson's Compare, same seed, played once per lesson and seed. */
export function compareLesson(kit: LessonKit, lesson: Lesson, seed: number): Promise<CompareResult> | null {
  const spec = lesson.compare;
  if (!spec) return null;
  const key = `${lesson.id}:${seed}`;
  let result = results.get(key);
  if (!result) {
    result = (async () => {
      const a = await play(kit, lesson, lesson.scenario, seed);
      const b = await play(kit, lesson, spec.change(lesson.scenario), seed);
      if (!a.tracker || !b.tracker) throw new Error('this lesson tracks no variables to compare');
      const comparison = compareRuns({ label: spec.base, rows: a.rows, events: a.events, tracker: a.tracker }, { label: spec.other, rows: b.rows, events: b.events, tracker: b.tracker });
      return { comparison, labels: [spec.base, spec.other] as [string, string], setting: spec.setting, seed };
    })();
    // A failure is not kept: opening Compare again tries again.
    result.catch(() => results.delete(key));
    results.set(key, result);
  }
  return result;
}
