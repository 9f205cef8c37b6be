// After each load, once the lessons module is in, play the scenario headless for the learning
// modes (quiz answers, key moments, narration steps all come from this run, never from the lesson
// text). Deferred to a macrotask so the diagram paints first; bounded so a teacher's huge scenario
// cannot hang the page.
import type { Lesson } from '../lessons/types';
import type { AppState, AppStore } from './appStore';
import type { LessonCue, LessonKit } from './lessonSlice';
import type { ScenarioSource } from './scenarioFile';

/**
 * The learning modes cover at most this many steps of a run: the headless run blocks the page for
 * about a second at this bound (lessons take a tenth of that), so a huge scenario cannot hang it.
 */
export const MAX_RUN_STEPS = 10_000;

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
function needsRun(s: AppState): boolean {
  const narrated = s.source?.kind === 'lesson' || (s.source?.kind === 'file' && Array.isArray(s.source.file.narration));
  const wanted = narrated || s.lessonTab !== 'tracker';
  return wanted && s.status === 'ready' && s.lessonKit !== null && s.scenario !== null && s.lessonRun === null;
}

export function computeLessonRun(s: AppState): Partial<AppState> | null {
  const kit = s.lessonKit;
  if (!kit || !s.scenario) return null;
  const lesson = lessonOf(kit, s.source);
  const run = kit.playRun(s.scenario, { seed: s.seed, maxSteps: MAX_RUN_STEPS });
  const narration = lesson?.narration ?? (s.source?.kind === 'file' ? kit.narrationFromFile(s.source.file) : []);
  const lessonCues: LessonCue[] = kit
    .resolveNarration(narration, run.events)
    .flatMap((c) => (c.step === null ? [] : [{ step: c.step, text: c.text }]))
    .sort((a, b) => a.step - b.step);
  return { lessonRun: run, lesson, lessonCues };
}

export function attachLessonRunner(store: AppStore, schedule: (fn: () => void) => void = (fn) => setTimeout(fn, 0)): void {
  let queued = false;
  let failed: AppState['scenario'] = null;
  const run = () => {
    queued = false;
    const s = store.getState();
    if (!needsRun(s) || s.scenario === failed) return;
    const scenario = s.scenario;
    try {
      const result = computeLessonRun(s);
      // A load that arrived meanwhile resets the run; this one would belong to the old scenario.
      if (result && store.getState().scenario === scenario) store.setState(result);
    } catch (error) {
      failed = scenario;
      store.setState({ lessonRunError: `The learning modes could not play this scenario: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` });
    }
  };
  store.subscribe((s) => {
    if (!queued && needsRun(s) && s.scenario !== failed) {
      queued = true;
      schedule(run);
    }
  });
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
