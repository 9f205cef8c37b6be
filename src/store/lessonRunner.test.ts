// The runner on a bare store: when a run is wanted, the kit it loads on demand, what it asks the
// worker, and how it reports a failure, without an engine worker or React.
import { describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { defaultScenarioFile } from '../lessons/defaultScenario';
import { parsed } from '../lessons/lessonRun.testkit';
import type { LessonRunRequest, LessonRunResult } from '../worker/lessonRunProtocol';
import { runLessonInProcess } from '../worker/playLessonRun';
import type { AppState, AppStore } from './state';
import { attachLessonRunner, MAX_RUN_STEPS } from './lessonRunner';
import type { LessonKit } from './state';
import * as kit from './lessonTools';

const scenario = parsed(defaultScenarioFile);
const settle = () => new Promise((r) => setTimeout(r, 0));

function setup(runLesson: (r: LessonRunRequest) => Promise<LessonRunResult> = runLessonInProcess, loadKit = async () => kit as LessonKit) {
  const loads = vi.fn(async () => {
    const k = await loadKit();
    store.setState({ lessonKit: k });
    return k;
  });
  const store = createStore(() => ({
    status: 'ready',
    scenario,
    seed: 1,
    source: null,
    lessonTab: 'tracker',
    lessonRun: null,
    lessonKit: null,
    lesson: null,
    lessonCues: [],
    lessonRunError: null,
    lessonActions: { loadKit: loads },
  })) as unknown as AppStore;
  const asked: LessonRunRequest[] = [];
  const record = (r: LessonRunRequest) => {
    asked.push(r);
    return runLesson(r);
  };
  attachLessonRunner(
    store,
    record,
    (e) => e === 'superseded',
    (fn) => fn(),
  );
  const until = async (check: (s: AppState) => boolean) => {
    for (let i = 0; i < 200 && !check(store.getState()); i++) await settle();
    expect(check(store.getState())).toBe(true);
  };
  return { store, loads, asked, until };
}

describe('the lesson runner', () => {
  it('leaves the default scenario on the status tracker alone: no kit, no run', async () => {
    const { store, loads, asked } = setup();
    store.setState({ currentStep: 3 } as Partial<AppState>);
    await settle();
    expect(loads).not.toHaveBeenCalled();
    expect(asked).toHaveLength(0);
  });

  it('loads the kit and plays the run when another mode is opened', async () => {
    const { store, loads, asked, until } = setup();
    store.setState({ lessonTab: 'quiz' });
    await until((s) => s.lessonRun !== null);
    expect(loads).toHaveBeenCalledTimes(1);
    expect(asked).toEqual([
      {
        scenario,
        seed: 1,
        maxSteps: MAX_RUN_STEPS,
        narration: [],
        quiz: undefined,
      },
    ]);
    expect(store.getState().lessonRun?.quiz.length).toBeGreaterThan(0);
  });

  it('asks for a lesson with its narration and quiz, and shows the lesson before the run is in', async () => {
    let answer: (r: LessonRunResult) => void = () => {};
    const { store, asked, until } = setup(() => new Promise((resolve) => (answer = resolve)));
    store.setState({ source: { kind: 'lesson', lessonId: 'retention' } });
    await until(() => asked.length === 1);
    const lesson = kit.findLesson('retention');
    expect(asked[0].narration).toBe(lesson?.narration);
    expect(asked[0].quiz).toBe(lesson?.quiz);
    expect(store.getState().lesson?.id).toBe('retention');
    answer(await runLessonInProcess(asked[0]));
    await until((s) => s.lessonCues.length > 0);
  });

  it('keeps a run that finished after another load out of the new one', async () => {
    const answers: ((r: LessonRunResult) => void)[] = [];
    const { store, asked, until } = setup(() => new Promise((resolve) => answers.push(resolve)));
    store.setState({ lessonTab: 'flow' });
    await until(() => asked.length === 1);
    const other = parsed({ ...defaultScenarioFile, title: 'Another' });
    store.setState({ scenario: other });
    answers[0](await runLessonInProcess(asked[0]));
    await until(() => asked.length === 2);
    expect(store.getState().lessonRun).toBeNull();
    expect(asked[1].scenario).toBe(other);
  });

  it('reports a run that failed once, in words, and does not retry it on every change', async () => {
    const { store, asked, until } = setup(async () => {
      throw new Error('the worker playing it stopped. Reload the page to try again.');
    });
    store.setState({ lessonTab: 'moments' });
    await until((s) => s.lessonRunError !== null);
    expect(store.getState().lessonRunError).toBe(
      'The learning modes could not play this scenario: the worker playing it stopped. Reload the page to try again.',
    );
    store.setState({ currentStep: 4 } as Partial<AppState>);
    await settle();
    expect(asked).toHaveLength(1);
  });

  it('says nothing about a run dropped for a newer one', async () => {
    const { store, until, asked } = setup(() => Promise.reject('superseded'));
    store.setState({ lessonTab: 'concept' });
    await until(() => asked.length === 1);
    await settle();
    expect(store.getState().lessonRunError).toBeNull();
  });

  it('says when the kit cannot be loaded', async () => {
    const { store, until } = setup(runLessonInProcess, () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    store.setState({ lessonTab: 'transcript' });
    await until((s) => s.lessonRunError !== null);
    expect(store.getState().lessonRunError).toMatch(/^The learning modes could not be loaded \(is the network down\?\)/);
  });
});
