// A page following the teacher: after every change of the goal (the teacher's snapshot) and every
// answer of the engine, it makes the next move of syncPlan.nextMove until its run is the teacher's.
// Only the scenario, the interventions and the step travel; this page's engine replays the rest.
import type { Intervention } from '../engine/api.types';
import type { AppState } from '../store/state';
import type { SessionDeps } from './sessionDeps';
import type { SessionIntervention, SessionSnapshot, SessionSource } from './protocol';
import { sessionSourceOf, sourceKey } from './sessionSource';
import { nextEngineAnswer, waitForState } from './storeWaits';
import { type LocalRun, nextMove, type SyncMove } from './syncPlan';

/** Moves in one go before yielding; a run far behind continues on the next change. */
const MAX_MOVES = 400;
const LOAD_TIMEOUT_MS = 20_000;
const ANSWER_TIMEOUT_MS = 5_000;

export interface Follower {
  setGoal(snapshot: SessionSnapshot): void;
  setActive(active: boolean): void;
  /** Resolves once this page shows the goal (or cannot: the scenario would not open). */
  settled(): Promise<void>;
  dispose(): void;
}

export function localRunOf(s: AppState, interventions: readonly SessionIntervention[]): LocalRun {
  return {
    status: s.status,
    sourceKey: s.status === 'ready' ? sourceKey(sessionSourceOf(s)) : null,
    interventions,
    currentStep: s.currentStep,
    stepCount: s.stepCount,
    finished: s.finished,
  };
}

export function createFollower({ store, client }: SessionDeps, onProblem: (message: string) => void): Follower {
  let goal: SessionSnapshot | null = null;
  let active = false;
  let running = false;
  let again = false;
  let disposed = false;
  let waiters: (() => void)[] = [];

  const logged = () => (client.interventions?.() ?? []) as readonly SessionIntervention[];
  const local = () => localRunOf(store.getState(), logged());

  async function open(source: SessionSource): Promise<void> {
    const { open: openScenario } = store.getState().actions;
    const opened = await openScenario(
      source.kind === 'lesson'
        ? { kind: 'lesson', id: source.lessonId, seed: source.seed }
        : source.kind === 'file'
          ? { kind: 'file', file: source.file, what: "The teacher's scenario" }
          : { kind: 'default', seed: source.seed },
    );
    if (!opened) throw new Error("This page could not open the teacher's scenario.");
    const key = sourceKey(source);
    await waitForState(store, (s) => (s.status === 'ready' && sourceKey(sessionSourceOf(s)) === key) || s.engineError !== null, LOAD_TIMEOUT_MS);
  }

  async function perform(move: SyncMove, g: SessionSnapshot): Promise<void> {
    const { actions } = store.getState();
    if (store.getState().playing) actions.pause();
    if (move.move === 'load') return open(g.source);
    if (move.move === 'wait') {
      await waitForState(store, (s) => s.status !== 'loading', LOAD_TIMEOUT_MS);
      return;
    }
    if (move.move === 'seek') {
      const answered = nextEngineAnswer(client, ANSWER_TIMEOUT_MS);
      actions.seek(move.step);
      return answered;
    }
    const before = logged();
    actions.intervene(move.intervention.action as unknown as Intervention);
    await waitForState(store, () => logged() !== before, ANSWER_TIMEOUT_MS);
  }

  async function run(): Promise<void> {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      for (let i = 0; i < MAX_MOVES && active && goal && !disposed; i++) {
        again = false;
        const g = goal;
        const move = nextMove(local(), { sourceKey: sourceKey(g.source), interventions: g.interventions, step: g.step });
        if (!move) break;
        await perform(move, g);
      }
    } catch (error) {
      onProblem(error instanceof Error ? error.message : String(error));
    } finally {
      running = false;
    }
    if (again && active && !disposed) return run();
    for (const wake of waiters.splice(0)) wake();
  }

  return {
    setGoal(snapshot) {
      goal = snapshot;
      void run();
    },
    setActive(on) {
      active = on;
      if (on) void run();
    },
    settled() {
      if (!running && (!goal || !active || nextMove(local(), { sourceKey: sourceKey(goal.source), interventions: goal.interventions, step: goal.step }) === null)) return Promise.resolve();
      const done = new Promise<void>((resolve) => waiters.push(resolve));
      void run();
      return done;
    },
    dispose() {
      disposed = true;
      active = false;
      for (const wake of waiters.splice(0)) wake();
      waiters = [];
    },
  };
}
