// The default scenario parsed and printed as JSON, for defaultScenario.json and its test.
import { defaultScenarioFile } from '../lessons/defaultScenario';
import { formatProblems, parseScenario } from '../scenario/parse';

export function defaultScenarioJson(): string {
  const parsed = parseScenario(defaultScenarioFile);
  if (!parsed.ok) throw new Error(`the default scenario is invalid: ${formatProblems(parsed.problems)}`);
  return `${JSON.stringify(parsed.scenario, null, 2)}\n`;
}
