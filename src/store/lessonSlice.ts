// The lesson slice of the app store: which lesson or file is open, the headless run the learning
// modes read their answers from, the lesson panel's tab, quiz answers, presenter view, share links,
// export, the editor's draft and the scenarios saved in this browser. The lesson kit (lessons,
// mode views, parser) is loaded only when something needs it (a lesson or a file opened, a mode,
// export, the editor), so the default page never fetches it; the "Lessons" navigation reads the
// small catalog instead. The headless run plays in a worker of its own (lessonRunner.ts).
import type { Lesson } from '../lessons/types';
import { defaultScenario } from '../boot/defaultScenario';
import { createLessonRunClient, LessonRunSuperseded, spawnLessonRunWorker } from '../worker/lessonRunClient';
import type { LessonCue, PlayedRun, RunLesson } from '../worker/lessonRunProtocol';
import type { AppActions, AppState, AppStore } from './appState';
import type { EditorModel } from './editorModel';
import { addSaved, browserStorage, readSaved, removeSaved, type SavedScenario, type StorageLike, writeSaved } from './savedScenarios';
import { attachLessonRunner } from './lessonRunner';
import { asFileObject, currentScenarioFile, fileNameFor, type ScenarioSource } from './scenarioFile';
import { defaultLink, fileLink, type LaunchTarget, lessonLink } from './shareLink';

export { rawFile } from './scenarioFile';
export type LessonKit = typeof import('./lessonTools');
export type LessonTab = 'flow' | 'code' | 'tracker' | 'moments' | 'quiz' | 'concept' | 'transcript' | 'deepdive' | 'compare';

export type { LessonCue, PlayedRun };

export interface LessonActions {
  /**
   * Loads the lesson kit once; later calls return the same promise. A failure shows an alert
   * unless `quiet` (the caller says it in its own words).
   */
  loadKit(options?: { quiet?: boolean }): Promise<LessonKit>;
  /** The teacher is about to need the kit (a pointer over the lessons, focus on the tools): load it now, silently. */
  prefetchKit(): void;
  /** The same, and the run's worker started too: a pointer over the learning modes' tabs. */
  prefetchModes(): void;
  /** Opens what the page address asked for (see shareLink.readLaunch). */
  launch(target: LaunchTarget, options?: { reopenDefault?: boolean }): Promise<void>;
  /** False when there is no such lesson. */
  openLesson(id: string, options?: { seed?: number; step?: number }): Promise<boolean>;
  /** Parses and opens a scenario file; false (and an alert naming the problem) when it is not valid. */
  openFile(file: unknown, options?: { step?: number; what?: string }): Promise<boolean>;
  /** Opens the scenario at `/` (after a bad link, or on going back to it). */
  openDefault(options?: { seed?: number; step?: number }): Promise<void>;
  /** Reloads the open scenario from step 0 with the same seed: interventions are gone. */
  restartLesson(): void;
  setTab(tab: LessonTab): void;
  answer(questionId: string, optionId: string): void;
  /** Predict-then-reveal: stop just before the decisive step; the grade shows once it has played. */
  predict(questionId: string, stopBeforeStep: number): void;
  reveal(questionId: string): void;
  setPresenter(on: boolean): void;
  share(): Promise<void>;
  closeShare(): void;
  exportScenario(): void;
  exportTranscript(): void;
  openEditor(): void;
  closeEditor(): void;
  setDraft(model: EditorModel | null): void;
  saveScenario(file: unknown): void;
  deleteSaved(id: string): void;
  dismissLaunchError(): void;
}

export interface LessonSlice {
  /** null: the default scenario the page opened with. */
  source: ScenarioSource | null;
  /** The source of the load in flight; it becomes `source` when the engine has loaded it. */
  loadingSource: ScenarioSource | null;
  lessonKit: LessonKit | null;
  /** The built-in lesson the open scenario teaches (its narration replaced by a file's own), if any. */
  lesson: Lesson | null;
  /** The whole run played headless, for the modes; null until computed after each load. */
  lessonRun: PlayedRun | null;
  lessonRunError: string | null;
  /** Narration cues resolved to the steps of this run, in step order. */
  lessonCues: LessonCue[];
  /** The first step an intervention forked the timeline at since the load, if any. */
  lessonForkStep: number | null;
  lessonTab: LessonTab;
  quizAnswers: Record<string, string>;
  quizRevealed: Record<string, true>;
  quizPredicting: string | null;
  presenter: boolean;
  shareLink: string | null;
  launchError: string | null;
  editorOpen: boolean;
  editorDraft: EditorModel | null;
  editorStatus: string | null;
  savedScenarios: SavedScenario[];
  lessonActions: LessonActions;
}

export interface LessonDeps {
  importKit?: () => Promise<LessonKit>;
  /** Plays the headless run; by default in the lesson-run worker (tests: runLessonInProcess). */
  runLesson?: RunLesson;
  storage?: StorageLike | null;
  download?: (name: string, type: string, text: string) => void;
  /** The app's address without query or hash: what share links start with. */
  baseUrl?: () => string;
  now?: () => number;
}

/** What every load sets: its source; answers and the run belonged to the scenario that was open. */
export function lessonStateOnLoad(source: ScenarioSource | null): Partial<LessonSlice> {
  return {
    source,
    quizAnswers: {},
    quizRevealed: {},
    quizPredicting: null,
    lessonForkStep: null,
    shareLink: null,
    lessonRun: null,
    lessonRunError: null,
    lesson: null,
    lessonCues: [],
  };
}

/** The open scenario as a file (null before anything is loaded or without the lesson tools). */
export function currentFileOf(s: AppState) {
  const kit = s.lessonKit;
  if (!s.scenario || !kit) return null;
  const lesson = s.source?.kind === 'lesson' ? kit.findLesson(s.source.lessonId) : undefined;
  const extras = lesson ? kit.lessonScenarioFile(lesson) : undefined;
  return currentScenarioFile(kit.toScenarioFile(s.scenario), s.seed, s.source, extras ? { lesson: extras.lesson, narration: extras.narration } : undefined);
}

function browserDownload(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

type Set = (partial: Partial<AppState> | ((s: AppState) => Partial<AppState>)) => void;

export function createLessonSlice(set: Set, get: () => AppState, store: AppStore, app: AppActions, deps: LessonDeps = {}): LessonSlice {
  const storage = deps.storage === undefined ? browserStorage() : deps.storage;
  const download = deps.download ?? browserDownload;
  let kitPromise: Promise<LessonKit> | null = null;
  // The lesson-run worker starts on the first run (or warm); tests pass their own runner instead.
  const runClient = deps.runLesson ? null : createLessonRunClient(spawnLessonRunWorker);
  const runLesson: RunLesson = deps.runLesson ?? runClient!.run;

  const fail = (message: string) => set({ launchError: message });
  const importKit = () => {
    kitPromise ??= (deps.importKit ?? (() => import('./lessonTools')))().then(
      (kit) => {
        set({ lessonKit: kit });
        return kit;
      },
      (error: unknown) => {
        kitPromise = null;
        throw error;
      },
    );
    return kitPromise;
  };
  /** A lesson or a file is about to load: start the run's worker while the engine loads it. */
  const warmRunner = () => runClient?.warm();

  const actions: LessonActions = {
    loadKit(options = {}) {
      return importKit().catch((error: unknown) => {
        if (!options.quiet) fail('The lessons could not be loaded (is the network down?). Reload the page to try again.');
        throw error;
      });
    },
    prefetchKit() {
      importKit().catch(() => {});
    },
    prefetchModes() {
      actions.prefetchKit();
      warmRunner();
    },
    async launch(target, options = {}) {
      // At boot the page has already opened the default scenario; going back to `/` reopens it.
      // When the address named a scenario, nothing else was opened at boot ('empty').
      const toDefault = () => (get().status === 'empty' || get().source !== null || options.reopenDefault ? actions.openDefault() : undefined);
      if (target.kind === 'default') {
        if (options.reopenDefault) await actions.openDefault({ seed: target.seed, step: target.step });
        return;
      }
      if (target.kind === 'error') {
        fail(target.message);
        return toDefault();
      }
      const opened =
        target.kind === 'file'
          ? await actions.openFile(target.file, {
              step: target.step,
              what: 'The scenario in the share link',
            })
          : await actions.openLesson(target.id, target);
      if (!opened && target.kind === 'lesson') fail(`There is no built-in lesson "${target.id}". The default scenario is open instead.`);
      if (!opened) await toDefault();
    },
    async openLesson(id, options = {}) {
      const kit = await actions.loadKit();
      const lesson = kit.findLesson(id);
      if (!lesson) return false;
      const parsed = kit.parseScenario(lesson.scenario);
      if (!parsed.ok) {
        fail(`The lesson "${lesson.title}" is not a valid scenario: ${kit.formatProblems(parsed.problems)}`);
        return false;
      }
      set({ launchError: null });
      warmRunner();
      app.load(parsed.scenario, {
        seed: options.seed,
        step: options.step,
        source: { kind: 'lesson', lessonId: id },
      });
      return true;
    },
    async openFile(file, options = {}) {
      const kit = await actions.loadKit();
      const parsed = kit.parseScenario(file);
      if (!parsed.ok) {
        fail(`${options.what ?? 'That scenario'} is not valid:\n${kit.formatProblems(parsed.problems)}`);
        return false;
      }
      set({ launchError: null });
      if (Array.isArray(asFileObject(file).narration)) warmRunner();
      app.load(parsed.scenario, {
        step: options.step,
        source: { kind: 'file', file: asFileObject(file) },
      });
      return true;
    },
    async openDefault(options = {}) {
      app.load(defaultScenario, options);
    },
    restartLesson() {
      const s = get();
      if (s.scenario) app.load(s.scenario, { seed: s.seed, source: s.source ?? undefined });
    },
    setTab: (lessonTab) => set({ lessonTab }),
    answer: (id, optionId) => set((s) => ({ quizAnswers: { ...s.quizAnswers, [id]: optionId } })),
    predict(id, stopBeforeStep) {
      set((s) => ({
        quizPredicting: id,
        quizRevealed: without(s.quizRevealed, id),
        quizAnswers: without(s.quizAnswers, id),
      }));
      app.seek(Math.max(0, stopBeforeStep - 1));
    },
    reveal: (id) => set((s) => ({ quizRevealed: { ...s.quizRevealed, [id]: true } })),
    setPresenter: (presenter) => set({ presenter }),
    async share() {
      const s = get();
      if (!s.scenario) return;
      const base = deps.baseUrl?.() ?? `${location.origin}${location.pathname}`;
      const step = s.currentStep;
      let link: string;
      if (s.source === null) link = defaultLink(base, s.seed, step);
      else if (s.source.kind === 'lesson') link = lessonLink(base, s.source.lessonId, s.seed, step);
      else {
        // A file imported with "Import scenario" came in without the kit, which writes files.
        if (!s.lessonKit) await actions.loadKit();
        link = await fileLink(base, currentFileOf(get()), step);
      }
      set({ shareLink: link });
    },
    closeShare: () => set({ shareLink: null }),
    exportScenario() {
      const save = () => {
        const s = get();
        const file = currentFileOf(s);
        if (file) download(fileNameFor(s.title, 'json'), 'application/json', `${JSON.stringify(file, null, 2)}\n`);
      };
      // Usually in already (a pointer over the tools prefetches it); otherwise the file follows it.
      if (get().lessonKit) save();
      else actions.loadKit().then(save, () => {});
    },
    exportTranscript() {
      const s = get();
      const kit = s.lessonKit;
      if (!kit || !s.lessonRun) return;
      const paragraphs = kit.fullTranscript(s.lessonRun.rows, s.lessonRun.events, s.lesson ?? undefined);
      download(fileNameFor(s.title, 'md'), 'text/markdown', kit.transcriptMarkdown(s.title, paragraphs));
    },
    openEditor() {
      set({ editorOpen: true, editorStatus: null });
      // The editor checks the draft with the kit's parser and starts from the open file.
      actions.loadKit().catch(() => {});
    },
    closeEditor: () => set({ editorOpen: false }),
    setDraft: (editorDraft) => set({ editorDraft }),
    saveScenario(file) {
      const list = addSaved(get().savedScenarios, file, deps.now?.() ?? Date.now());
      const ok = writeSaved(storage, list);
      set({
        savedScenarios: list,
        editorStatus: ok ? `Saved "${list[0].title}" in this browser.` : 'This browser refused to save (storage is full or turned off).',
      });
    },
    deleteSaved(id) {
      const list = removeSaved(get().savedScenarios, id);
      writeSaved(storage, list);
      set({ savedScenarios: list, editorStatus: 'Deleted.' });
    },
    dismissLaunchError: () => set({ launchError: null }),
  };

  attachLessonRunner(store, runLesson, (error) => error instanceof LessonRunSuperseded);
  return {
    source: null,
    loadingSource: null,
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
    presenter: false,
    shareLink: null,
    launchError: null,
    editorOpen: false,
    editorDraft: null,
    editorStatus: null,
    savedScenarios: readSaved(storage),
    lessonActions: actions,
  };
}

function without<T>(record: Record<string, T>, key: string): Record<string, T> {
  const { [key]: _, ...rest } = record;
  return rest;
}
