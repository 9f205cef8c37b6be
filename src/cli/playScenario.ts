// Plays a parsed scenario to its end and returns the runner's document (also used by tests).
import { createSimulation } from '../engine';
import type { Scenario } from '../scenario/types';
import { RUNNER_VIEW_WINDOW, runnerOutput } from './runnerOutput';

export interface RunOptions {
  untilMs?: number;
  seed?: number;
  trace?: boolean;
  checkInvariants?: boolean;
}

export function playScenario(scenario: Scenario, options: RunOptions = {}): Record<string, unknown> {
  // The runner never seeks: no checkpoints past step 0, and only the events of the rows a trace prints
  // are kept. Without a trace no row is read, so none is built (TimelineOptions.rowEvents).
  const history = { checkpoints: 1, eventBytes: options.trace ? Number.POSITIVE_INFINITY : 0 };
  const sim = createSimulation(scenario, options.seed, { untilMs: options.untilMs, checkInvariants: options.checkInvariants ?? true, history, rowEvents: options.trace === true });
  sim.runToEnd();
  const view = sim.view(RUNNER_VIEW_WINDOW);
  // The run covers the whole span asked for, even when its last step came earlier.
  const timeMs = options.untilMs ?? scenario.durationMs;
  return runnerOutput(sim.raw, { ...view, timeMs }, options.trace ? sim.rows(1, sim.stepCount) : null);
}
