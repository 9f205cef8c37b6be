// Decode a request, call the engine, encode the answer: the worker's whole job, kept out of the
// worker file so it can be tested in node. No Kafka logic lives here.
import type { Simulation } from '../engine/api.types';
import { checkToEngine, type FromEngine, MAX_STEPS_PER_REQUEST, PROTOCOL_VERSION, type StateMessage, type ToEngine, type ViewFocus } from '../protocol/messages';
import type { Scenario } from '../scenario/types';
import { boundedView } from './boundedView';
import { blockFirstStep } from '../protocol/rowBlocks';
import { firstLine } from './errorText';
import { blocksAround, filterRows, requestedBlocks } from './rowBlocks';
import { RowDigest } from './rowDigest';
import { rowFilterKey } from '../protocol/rowFilter';

export type CreateSimulation = (scenario: Scenario, seed?: number) => Simulation;

/** Events are sent for small moves only (narration, animation); a long jump would only bloat the answer. */
export const MAX_EVENT_STEPS = 50;
const MAX_VIEWS_PER_REQUEST = 16;

/** With a time budget, the clock is read once per this many steps (reading it costs too). */
const BUDGET_CHECK_EVERY = 32;

export interface EngineSession {
  sim: Simulation | null;
  /** Every played row's component and routine flag (made on first use). */
  digest?: RowDigest;
  /** Wall-clock milliseconds, for stepForward's budget; performance.now() when absent. */
  now?: () => number;
}

type Answer = FromEngine extends infer T ? (T extends unknown ? Omit<T, 'v' | 'replyTo'> : never) : never;

function stateOf(session: EngineSession, sim: Simulation, held: number[] | undefined, fromStep: number, focus: ViewFocus | undefined, extra?: Partial<StateMessage>): StateMessage {
  const stepCount = sim.stepCount;
  const currentStep = sim.currentStep;
  session.digest ??= new RowDigest();
  if (extra?.forkedAt !== undefined) session.digest.forkedAt(extra.forkedAt);
  session.digest.update(sim);
  const events = currentStep > fromStep && currentStep - fromStep <= MAX_EVENT_STEPS ? sim.events(fromStep + 1, currentStep) : [];
  return {
    type: 'state',
    view: boundedView(sim, focus),
    currentStep,
    stepCount,
    finished: sim.finished,
    rows: blocksAround(sim, held),
    components: session.digest.components,
    events,
    ...extra,
  };
}

function advanceOne(sim: Simulation): boolean {
  if (sim.currentStep < sim.stepCount) sim.seek(sim.currentStep + 1);
  else if (sim.finished || sim.stepForward() === null) return false;
  return true;
}

function isRoutine(sim: Simulation, step: number): boolean {
  return step > 0 && sim.rows(step, step)[0]?.routine === true;
}

/** A deadline check: true once `budgetMs` went by since the first call (never, without a budget). */
function deadline(budgetMs: number | undefined, now: () => number): () => boolean {
  if (budgetMs === undefined || !(budgetMs >= 0)) return () => false;
  const end = now() + budgetMs;
  return () => now() >= end;
}

function stepForward(sim: Simulation, count: number, skipRoutine = false, outOfTime: () => boolean = () => false): void {
  const n = Math.max(1, Math.min(MAX_STEPS_PER_REQUEST, Math.floor(count)));
  for (let i = 0; i < n; i++) {
    if (i > 0 && i % BUDGET_CHECK_EVERY === 0 && outOfTime()) break;
    if (!advanceOne(sim)) break;
    for (let skipped = 0; skipRoutine && skipped < MAX_STEPS_PER_REQUEST && isRoutine(sim, sim.currentStep); skipped++) {
      if (!advanceOne(sim)) break;
    }
  }
}

function previousStep(sim: Simulation, before: number, skipRoutine: boolean): number {
  let target = Math.max(0, before - 1);
  while (skipRoutine && target > 0 && isRoutine(sim, target)) target--;
  return target;
}

function answer(session: EngineSession, msg: ToEngine, create: CreateSimulation): Answer[] {
  if (msg.type === 'load') {
    const sim = create(msg.scenario, msg.seed);
    session.sim = sim;
    session.digest = new RowDigest();
    if (msg.step !== undefined && msg.step > 0) stepForward(sim, msg.step);
    const loaded: Answer = {
      type: 'loaded',
      id: msg.id,
      title: msg.scenario.title,
      seed: msg.seed ?? msg.scenario.seed,
      durationMs: msg.scenario.durationMs,
    };
    return [loaded, { id: msg.id, ...stateOf(session, sim, [], 0, undefined) }];
  }
  const sim = session.sim;
  if (!sim) throw new Error('No scenario is loaded yet.');
  const before = sim.currentStep;
  switch (msg.type) {
    case 'stepForward':
      stepForward(sim, msg.count, msg.skipRoutine, deadline(msg.budgetMs, session.now ?? (() => performance.now())));
      return [{ id: msg.id, ...stateOf(session, sim, msg.held, before, msg.focus) }];
    case 'stepBack':
      sim.seek(previousStep(sim, before, msg.skipRoutine === true));
      return [{ id: msg.id, ...stateOf(session, sim, msg.held, before, msg.focus) }];
    case 'seek': {
      const target = Math.max(0, Math.floor(msg.step));
      if (target > sim.stepCount) {
        sim.seek(sim.stepCount);
        stepForward(sim, target - sim.stepCount);
      } else sim.seek(target);
      return [{ id: msg.id, ...stateOf(session, sim, msg.held, before, msg.focus) }];
    }
    case 'intervene':
      // The engine forks (everything after `before` is gone) and plays the intervention at once,
      // so one answer shows it; held blocks past the fork are not held any more.
      sim.intervene(msg.action);
      stepForward(sim, 1);
      return [
        {
          id: msg.id,
          ...stateOf(session, sim, msg.held?.filter((b) => blockFirstStep(b + 1) <= before + 1), before, msg.focus, {
            forkedAt: before,
          }),
        },
      ];
    case 'viewsAt': {
      const views: { step: number; view: StateMessage['view'] }[] = [];
      const wanted = msg.steps.filter((s) => s >= 0 && s <= sim.stepCount).slice(0, MAX_VIEWS_PER_REQUEST);
      try {
        for (const step of wanted) {
          sim.seek(step);
          views.push({ step, view: boundedView(sim, msg.focus) });
        }
      } finally {
        sim.seek(before);
      }
      return [{ type: 'views', id: msg.id, views }];
    }
    case 'rows':
      return [{ type: 'rowBlocks', id: msg.id, stepCount: sim.stepCount, blocks: requestedBlocks(sim, msg.blocks) }];
    case 'filterRows': {
      session.digest ??= new RowDigest();
      session.digest.update(sim);
      const slice = session.digest.filter(msg.filter, msg.from, msg.to) ?? filterRows(sim, msg.filter, msg.from, msg.to);
      return [{ type: 'filtered', id: msg.id, key: rowFilterKey(msg.filter), ...slice }];
    }
  }
}

function plainMessage(err: unknown): string {
  return firstLine(err) || 'The simulation stopped with an unknown error.';
}

/** Handles one raw message; always returns answers to post, errors included. */
export function handleRequest(session: EngineSession, raw: unknown, create: CreateSimulation): FromEngine[] {
  const refused = checkToEngine(raw);
  const id = typeof (raw as { id?: unknown })?.id === 'number' ? (raw as { id: number }).id : -1;
  if (refused)
    return [
      {
        v: PROTOCOL_VERSION,
        replyTo: id,
        id,
        type: 'error',
        message: `Refused a request: ${refused}`,
      },
    ];
  try {
    return answer(session, raw as ToEngine, create).map((a) => ({ ...a, v: PROTOCOL_VERSION, replyTo: id }) as FromEngine);
  } catch (err) {
    return [
      {
        v: PROTOCOL_VERSION,
        replyTo: id,
        id,
        type: 'error',
        message: plainMessage(err),
      },
    ];
  }
}
