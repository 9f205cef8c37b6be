// The scenario slice: which scenario is open and where it came from (the default, a built-in
// lesson, a file or a share link), and the ways to open one. The engine loads it (ports.startRun);
// the lesson kit parses files and lessons (ports.loadKit).
import { defaultScenario } from '../boot/defaultScenario';
import { asFileObject, currentScenarioFile, rawFile } from './scenarioFile';
import type { LoadedRun, Ports, SliceKit } from './sliceKit';
import type { AppState, ParsedText, ScenarioActions, ScenarioState, StoreDeps } from './state';

export function initialScenarioState(): ScenarioState {
  return {
    scenario: null,
    title: '',
    seed: 0,
    durationMs: 0,
    source: null,
    loadingSource: null,
    importError: null,
    launchError: null,
  };
}

/** What the scenario slice records when the engine has loaded a run. */
export function scenarioStateOnLoad(run: LoadedRun): Partial<ScenarioState> {
  return { scenario: run.scenario, title: run.title, seed: run.seed, durationMs: run.durationMs, source: run.source };
}

/** The open scenario as a file (null before anything is loaded or without the lesson tools). */
export function currentFileOf(s: AppState) {
  const kit = s.lessonKit;
  if (!s.scenario || !kit) return null;
  const lesson = s.source?.kind === 'lesson' ? kit.findLesson(s.source.lessonId) : undefined;
  const extras = lesson ? kit.lessonScenarioFile(lesson) : undefined;
  return currentScenarioFile(kit.toScenarioFile(s.scenario), s.seed, s.source, extras ? { lesson: extras.lesson, narration: extras.narration } : undefined);
}

export function createScenarioActions(kit: SliceKit, deps: StoreDeps, ports: Pick<Ports, 'startRun' | 'loadKit' | 'warmLessonRun'>): ScenarioActions {
  const { set, get } = kit;
  const fail = (message: string) => set({ launchError: message });

  const actions: ScenarioActions = {
    load(scenario, options = {}) {
      set({ importError: null, loadingSource: options.source ?? null });
      ports.startRun(scenario, { seed: options.seed, step: options.step });
    },
    importScenarioText(text, fileName) {
      const where = fileName ? `${fileName} is not a valid scenario: ` : 'Not a valid scenario: ';
      const apply = (parsed: ParsedText) =>
        parsed.ok ? actions.load(parsed.scenario, { source: { kind: 'file', file: rawFile(text) } }) : set({ importError: where + parsed.message });
      const parsed = deps.parseText?.(text) ?? { ok: false, message: 'Importing scenarios is not available.' };
      if (!(parsed instanceof Promise)) return apply(parsed);
      parsed.then(apply, (e: unknown) => set({ importError: `Could not read the file: ${e instanceof Error ? e.message : e}` }));
    },
    dismissImportError: () => set({ importError: null }),
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
          ? await actions.openFile(target.file, { step: target.step, what: 'The scenario in the share link' })
          : await actions.openLesson(target.id, target);
      if (!opened && target.kind === 'lesson') fail(`There is no built-in lesson "${target.id}". The default scenario is open instead.`);
      if (!opened) await toDefault();
    },
    async openLesson(id, options = {}) {
      const lessons = await ports.loadKit();
      const lesson = lessons.findLesson(id);
      if (!lesson) return false;
      const parsed = lessons.parseScenario(lesson.scenario);
      if (!parsed.ok) {
        fail(`The lesson "${lesson.title}" is not a valid scenario: ${lessons.formatProblems(parsed.problems)}`);
        return false;
      }
      set({ launchError: null });
      ports.warmLessonRun();
      actions.load(parsed.scenario, { seed: options.seed, step: options.step, source: { kind: 'lesson', lessonId: id } });
      return true;
    },
    async openFile(file, options = {}) {
      const lessons = await ports.loadKit();
      const parsed = lessons.parseScenario(file);
      if (!parsed.ok) {
        fail(`${options.what ?? 'That scenario'} is not valid:\n${lessons.formatProblems(parsed.problems)}`);
        return false;
      }
      set({ launchError: null });
      if (Array.isArray(asFileObject(file).narration)) ports.warmLessonRun();
      actions.load(parsed.scenario, { step: options.step, source: { kind: 'file', file: asFileObject(file) } });
      return true;
    },
    async openDefault(options = {}) {
      actions.load(defaultScenario, options);
    },
    restartLesson() {
      const s = get();
      if (s.scenario) actions.load(s.scenario, { seed: s.seed, source: s.source ?? undefined });
    },
    dismissLaunchError: () => set({ launchError: null }),
  };
  return actions;
}
