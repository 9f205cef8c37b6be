// Golden traces: the default scenario and the reference walk-throughs played headless, their rows
// kept as readable text, so any change in engine behaviour shows up as a diff someone can review.
// After an intended change: npx vitest run src/engine/fidelity/golden.test.ts -u
import { describe, expect, it } from 'vitest';
import { defaultScenarioFile } from '../../lessons/defaultScenario';
import { parseScenario } from '../../scenario/parse';
import type { Scenario } from '../../scenario/types';
import { createSimulation } from '../index';
import { loadScenario } from './scenarioFixture.testkit';

function traceText(scenario: Scenario): string {
  const sim = createSimulation(scenario, undefined, { checkInvariants: true });
  sim.runToEnd();
  const view = sim.view();
  const lines = sim.rows(1, sim.stepCount).map((r) => `${r.step} | ${r.timeMs} ms | ${r.component} | ${r.action} | ${r.messageState} | ${r.output}`);
  lines.push(`anomalies: ${JSON.stringify(view.anomalies)}`, `invariantViolations: ${JSON.stringify(view.invariantViolations)}`);
  return `${lines.join('\n')}\n`;
}

describe('golden traces', () => {
  it('the default scenario', async () => {
    const parsed = parseScenario(defaultScenarioFile);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    await expect(traceText(parsed.scenario)).toMatchFileSnapshot('golden/default.trace.txt');
  });
  for (const file of ['f1-acks1-loss', 'f3-duplicate-idempotence-false', 's15-unclean-true']) {
    it(file, async () => {
      await expect(traceText(loadScenario(`reference/${file}.json`))).toMatchFileSnapshot(`golden/${file}.trace.txt`);
    });
  }
});
