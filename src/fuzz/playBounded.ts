// The headless runner's work (parse, then play and print), bounded in steps as well as in
// simulated time, so a mutant that asks for 100,000 sends cannot stall the fuzzer.
import { runnerOutput } from '../cli/runnerOutput';
import { createSimulation } from '../engine';
import { parseScenarioText } from '../scenario/parse';

export type Outcome =
  | { kind: 'played'; json: string; steps: number; invariantViolations: string[] }
  | { kind: 'rejected'; lines: string[] }
  /** The engine or the parser threw: always a bug (the CLI would exit 1). */
  | { kind: 'crashed'; error: string };

export function playBounded(text: string, untilMs: number, maxSteps: number): Outcome {
  try {
    return play(text, untilMs, maxSteps);
  } catch (error) {
    return { kind: 'crashed', error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

function play(text: string, untilMs: number, maxSteps: number): Outcome {
  const parsed = parseScenarioText(text);
  if (!parsed.ok) return { kind: 'rejected', lines: parsed.problems.map((p) => `${p.path}: ${p.message}`) };
  const until = Math.min(untilMs, parsed.scenario.durationMs);
  const sim = createSimulation(parsed.scenario, undefined, { untilMs: until, checkInvariants: true });
  const steps = sim.runToEnd(maxSteps);
  const doc = runnerOutput(sim.raw, { ...sim.view(), timeMs: until }, null);
  return { kind: 'played', json: JSON.stringify(doc), steps, invariantViolations: doc.invariantViolations as string[] };
}
