// After each load, play the scenario headless for the learning modes (quiz answers, key moments,
// narration steps all come from this run, never from the lesson text). The run plays in the
// lesson-run worker (src/worker/lessonRun.worker.ts), so the page never blocks on it; only when
// narration or a mode other than the status tracker wants it, which is also when the lesson kit
// is loaded if it is not in yet.
import type { Lesson } from '../lessons/types';
import type { LessonRunRequest, RunLesson } from '../worker/lessonRunProtocol';
import type { AppState, AppStore } from './state';
import type { LessonCue, LessonKit } from './state';
import type { ScenarioSource } from './scenarioFile';

/**
 * The learning modes cover at most this many steps of a run: playing it takes the worker about a
 * second at this bound (lessons take a tenth of that), and its rows must still fit the page.
 */
export const MAX_RUN_STEPS = 10_000;

/** Says a run was dropped for a newer one (not a failure to report). */
export type IsSuperseded = (error: unknown) => boolean;

/** The lesson a source teaches: a built-in one, or a file naming one (then with the file's narration). */
export function lessonOf(kit: LessonKit, source: ScenarioSource | null): Lesson | null {
  if (!source) return null;
  if (source.kind === 'lesson') return kit.findLesson(source.lessonId) ?? null;
  const meta = source.file.lesson;
  const id = typeof meta === 'object' && meta !== null ? (meta as { id?: unknown }).id : undefined;
  const lesson = typeof id === 'string' ? kit.findLesson(id) : undefined;
  return lesson ? { ...lesson, narration: kit.narrationFromFile(source.file) } : null;
}

/** Narration needs the run at once; otherwise it waits until a mode other than the tracker is opened. */
function wantsRun(s: AppState): boolean {
  const narrated = s.source?.kind === 'lesson' || (s.source?.kind === 'file' && Array.isArray(s.source.file.narration));
  const wanted = narrated || s.lessonTab !== 'tracker';
  return wanted && s.status === 'ready' && s.scenario !== null && s.lessonRun === null;
}

/** What the worker is asked to play for the open scenario, and the lesson it teaches. */
export function lessonRunRequest(kit: LessonKit, s: AppState): { request: LessonRunRequest; lesson: Lesson | null } | null {
  if (!s.scenario) return null;
  const lesson = lessonOf(kit, s.source);
  const narration = lesson?.narration ?? (s.source?.kind === 'file' ? kit.narrationFromFile(s.source.file) : []);
  return {
    lesson,
    request: {
      scenario: s.scenario,
      seed: s.seed,
      maxSteps: MAX_RUN_STEPS,
      narration,
      quiz: lesson?.quiz,
      tracker: lesson?.tracker,
    },
  };
}

/** A run belongs to one load: the same scenario object played with the same seed. */
interface RunKey {
  scenario: AppState['scenario'];
  seed: number;
}
const keyOf = (s: AppState): RunKey => ({ scenario: s.scenario, seed: s.seed });
const same = (a: RunKey | null, b: RunKey) => a !== null && a.scenario === b.scenario && a.seed === b.seed;

export function attachLessonRunner(
  store: AppStore,
  runLesson: RunLesson,
  isSuperseded: IsSuperseded = () => false,
  schedule: (fn: () => void) => void = (fn) => setTimeout(fn, 0),
): void {
  let queued = false;
  let busy: RunKey | null = null;
  let failed: RunKey | null = null;

  const poke = (s: AppState) => {
    if (queued || !wantsRun(s) || same(busy, keyOf(s)) || same(failed, keyOf(s))) return;
    queued = true;
    schedule(() => {
      queued = false;
      const now = store.getState();
      if (wantsRun(now) && !same(busy, keyOf(now)) && !same(failed, keyOf(now))) void run(now);
    });
  };

  const run = async (s: AppState) => {
    const key = keyOf(s);
    busy = key;
    const current = () => same(key, keyOf(store.getState()));
    const report = (message: string) => {
      failed = key;
      store.setState({ lessonRunError: message });
    };
    try {
      let kit: LessonKit;
      try {
        // Quiet: the modes' panel says it below, in its own words.
        kit = s.lessonKit ?? (await s.lessonActions.loadKit({ quiet: true }));
      } catch {
        if (current()) report('The learning modes could not be loaded (is the network down?). Reload the page to try again.');
        return;
      }
      const asked = current() ? lessonRunRequest(kit, store.getState()) : null;
      if (!asked) return;
      // The lesson's title and panel need not wait for the run.
      store.setState({ lesson: asked.lesson });
      try {
        const { run: lessonRun, cues } = await runLesson(asked.request);
        // A load that arrived meanwhile resets the run; this one would belong to the old scenario.
        if (current()) store.setState({ lessonRun, lesson: asked.lesson, lessonCues: cues });
      } catch (error) {
        if (current() && !isSuperseded(error))
          report(`The learning modes could not play this scenario: ${error instanceof Error ? error.message : String(error)}`);
      }
    } finally {
      // A load that arrived meanwhile was poked on its own (busy names only this one).
      if (busy === key) busy = null;
    }
  };

  store.subscribe(poke);
}

/** The narration cue at a step: the latest one reached, and none past a fork (that future changed). */
export function cueAt(cues: readonly LessonCue[], currentStep: number, forkStep: number | null): string | null {
  if (forkStep !== null && currentStep > forkStep) return null;
  let text: string | null = null;
  for (const c of cues) {
    if (c.step > currentStep) break;
    text = c.text;
  }
  return text;
}
