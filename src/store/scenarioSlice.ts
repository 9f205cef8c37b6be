// The scenario slice: which scenario is open and where it came from (the default, a built-in
// lesson, a file or a share link), and the one way to open one: open(source). Every source goes
// through the same steps (find it, parse it with the one lazily loaded parser, load it in the
// engine) and every failure through the same message, leaving the open scenario as it was.
import { defaultScenario } from '../boot/defaultScenario';
import type { ParseInput, ScenarioInput } from '../scenario/parseInput';
import type { Scenario } from '../scenario/types';
import { currentScenarioFile } from './scenarioFile';
import type { LoadedRun, Ports, SliceKit } from './sliceKit';
import type { AppState, OpenSource, ScenarioActions, ScenarioSource, ScenarioState, StoreDeps } from './state';

export function initialScenarioState(): ScenarioState {
  return { scenario: null, title: '', seed: 0, durationMs: 0, source: null, loadingSource: null, openError: null };
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

type Parsed = { ok: true; scenario: Scenario; file: Record<string, unknown> } | { ok: false; message: string };

/** A scenario ready for the engine, or why not. */
type Resolved = { ok: true; scenario: Scenario; source: ScenarioSource | null; seed?: number; step?: number } | { ok: false; message: string };

/** Says what went wrong with a source, in words that name it. */
function notValid(source: OpenSource, problems: string, lessonTitle?: string): string {
  switch (source.kind) {
    case 'text':
      return `${source.fileName ? `${source.fileName} is not a valid scenario` : 'Not a valid scenario'}: ${problems}`;
    case 'lesson':
      return `The lesson "${lessonTitle ?? source.id}" is not a valid scenario: ${problems}`;
    default:
      return `${(source.kind === 'file' && source.what) || 'That scenario'} is not valid:\n${problems}`;
  }
}

const reason = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function createScenarioActions(kit: SliceKit, deps: StoreDeps, ports: Pick<Ports, 'startRun' | 'loadKit' | 'warmLessonRun'>): ScenarioActions {
  const { set, get } = kit;
  let parser: Promise<ParseInput> | null = null;
  const loadParser = () => {
    parser ??= (deps.loadParser ?? (() => import('../scenario/parseInput').then((m) => m.parseInput)))().catch((e: unknown) => {
      parser = null;
      throw e;
    });
    return parser;
  };
  const parse = async (source: OpenSource, input: ScenarioInput, lessonTitle?: string): Promise<Parsed> => {
    let parseInput: ParseInput;
    try {
      parseInput = await loadParser();
    } catch (e) {
      return { ok: false, message: `Could not read the scenario: the parser did not load (${reason(e)}). Reload the page to try again.` };
    }
    const parsed = parseInput(input);
    return parsed.ok ? parsed : { ok: false, message: notValid(source, parsed.problems, lessonTitle) };
  };

  /** Finds and parses a source: everything that can fail before the engine is asked. */
  const resolve = async (source: OpenSource): Promise<Resolved> => {
    switch (source.kind) {
      case 'default':
        return { ok: true, scenario: defaultScenario, source: null, seed: source.seed, step: source.step };
      case 'reopen': {
        const s = get();
        if (!s.scenario) return { ok: false, message: 'No scenario is open yet.' };
        return { ok: true, scenario: s.scenario, source: s.source, seed: s.seed };
      }
      case 'lesson': {
        let lessons: Awaited<ReturnType<Ports['loadKit']>>;
        try {
          lessons = await ports.loadKit({ quiet: true });
        } catch {
          return { ok: false, message: 'The lessons could not be loaded (is the network down?). Reload the page to try again.' };
        }
        const lesson = lessons.findLesson(source.id);
        if (!lesson) return { ok: false, message: `There is no built-in lesson "${source.id}".` };
        const parsed = await parse(source, { file: lesson.scenario }, lesson.title);
        if (!parsed.ok) return parsed;
        return { ok: true, scenario: parsed.scenario, source: { kind: 'lesson', lessonId: source.id }, seed: source.seed, step: source.step };
      }
      case 'text':
      case 'file': {
        const parsed = await parse(source, source.kind === 'text' ? { text: source.text } : { file: source.file });
        if (!parsed.ok) return parsed;
        return { ok: true, scenario: parsed.scenario, source: { kind: 'file', file: parsed.file }, step: source.kind === 'file' ? source.step : undefined };
      }
    }
  };

  const actions: ScenarioActions = {
    async open(source) {
      const resolved = await resolve(source);
      if (!resolved.ok) {
        set({ openError: { message: resolved.message, kind: source.kind } });
        return false;
      }
      const narrated = resolved.source?.kind === 'lesson' || (resolved.source?.kind === 'file' && Array.isArray(resolved.source.file.narration));
      if (narrated) ports.warmLessonRun();
      set({ openError: null, loadingSource: resolved.source });
      ports.startRun(resolved.scenario, { seed: resolved.seed, step: resolved.step });
      return true;
    },
    async launch(target, options = {}) {
      // At boot the page has already opened the default scenario; going back to `/` reopens it.
      // When the address named a scenario, nothing else was opened at boot ('empty').
      const toDefault = async () => {
        if (get().status === 'empty' || get().source !== null || options.reopenDefault) await openDefaultKeepingError();
      };
      const openDefaultKeepingError = async () => {
        const error = get().openError;
        await actions.open({ kind: 'default' });
        if (error) set({ openError: error });
      };
      if (target.kind === 'default') {
        if (options.reopenDefault) await actions.open({ kind: 'default', seed: target.seed, step: target.step });
        return;
      }
      if (target.kind === 'error') {
        set({ openError: { message: target.message, kind: 'file' } });
        return toDefault();
      }
      const opened = await actions.open(
        target.kind === 'file' ? { kind: 'file', file: target.file, step: target.step, what: 'The scenario in the share link' } : { kind: 'lesson', id: target.id, seed: target.seed, step: target.step },
      );
      if (opened) return;
      const error = get().openError;
      if (target.kind === 'lesson' && error) set({ openError: { ...error, message: `${error.message} The default scenario is open instead.` } });
      await toDefault();
    },
    restartLesson: () => void actions.open({ kind: 'reopen' }),
    dismissOpenError: () => set({ openError: null }),
  };
  return actions;
}
