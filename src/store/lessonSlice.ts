// The lesson slice: the lesson kit (lessons, mode views, parser; loaded only when something needs
// it, so the default page never fetches it), the lesson the open scenario teaches, the headless
// run the learning modes read their answers from (played in a worker of its own, lessonRunner.ts),
// the lesson panel's tab and the quiz.
import { createLessonRunClient, LessonRunSuperseded, spawnLessonRunWorker } from '../worker/lessonRunClient';
import type { RunLesson } from '../worker/lessonRunProtocol';
import { browserDownload } from './download';
import { attachLessonRunner } from './lessonRunner';
import { fileNameFor } from './scenarioFile';
import type { Ports, SliceKit } from './sliceKit';
import type { LessonDeps, LessonKit, LessonModeActions, LessonState } from './state';

export function initialLessonState(): LessonState {
  return {
    lessonKit: null,
    lesson: null,
    lessonRun: null,
    lessonRunError: null,
    lessonCues: [],
    lessonForkStep: null,
    lessonTab: 'tracker',
    quizAnswers: {},
    quizRevealed: {},
    quizPredicting: null,
  };
}

/** What every load resets: answers and the run belonged to the scenario that was open. */
export function lessonStateOnLoad(): Partial<LessonState> {
  return {
    quizAnswers: {},
    quizRevealed: {},
    quizPredicting: null,
    lessonForkStep: null,
    lessonRun: null,
    lessonRunError: null,
    lesson: null,
    lessonCues: [],
  };
}

export interface LessonSlice {
  actions: LessonModeActions;
  /** Starts the headless run's worker ahead of a lesson or narrated file. */
  warmLessonRun(): void;
}

export function createLessonSlice(kit: SliceKit, deps: LessonDeps, ports: Pick<Ports, 'seek'>): LessonSlice {
  const { set, get, store } = kit;
  const download = deps.download ?? browserDownload;
  let kitPromise: Promise<LessonKit> | null = null;
  // The lesson-run worker starts on the first run (or warm); tests pass their own runner instead.
  const runClient = deps.runLesson ? null : createLessonRunClient(spawnLessonRunWorker);
  const runLesson: RunLesson = deps.runLesson ?? runClient!.run;
  const warmLessonRun = () => runClient?.warm();

  const importKit = () => {
    kitPromise ??= (deps.importKit ?? (() => import('./lessonTools')))().then(
      (lessonKit) => {
        set({ lessonKit });
        return lessonKit;
      },
      (error: unknown) => {
        kitPromise = null;
        throw error;
      },
    );
    return kitPromise;
  };

  const actions: LessonModeActions = {
    loadKit(options = {}) {
      return importKit().catch((error: unknown) => {
        if (!options.quiet) set({ openError: { message: 'The lessons could not be loaded (is the network down?). Reload the page to try again.', kind: 'lesson' } });
        throw error;
      });
    },
    prefetchKit() {
      importKit().catch(() => {});
    },
    prefetchModes() {
      actions.prefetchKit();
      warmLessonRun();
    },
    setTab: (lessonTab) => set({ lessonTab }),
    answer: (id, optionId) => set((s) => ({ quizAnswers: { ...s.quizAnswers, [id]: optionId } })),
    predict(id, stopBeforeStep) {
      set((s) => ({ quizPredicting: id, quizRevealed: without(s.quizRevealed, id), quizAnswers: without(s.quizAnswers, id) }));
      ports.seek(Math.max(0, stopBeforeStep - 1));
    },
    reveal: (id) => set((s) => ({ quizRevealed: { ...s.quizRevealed, [id]: true } })),
    exportTranscript() {
      const s = get();
      const lessons = s.lessonKit;
      if (!lessons || !s.lessonRun) return;
      const paragraphs = lessons.fullTranscript(s.lessonRun.rows, s.lessonRun.events, s.lesson ?? undefined);
      download(fileNameFor(s.title, 'md'), 'text/markdown', lessons.transcriptMarkdown(s.title, paragraphs));
    },
  };

  attachLessonRunner(store, runLesson, (error) => error instanceof LessonRunSuperseded);
  return { actions, warmLessonRun };
}

function without<T>(record: Record<string, T>, key: string): Record<string, T> {
  const { [key]: _, ...rest } = record;
  return rest;
}
