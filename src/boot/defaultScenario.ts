// The scenario at `/`, already parsed. The page shows it without loading the scenario parser (zod
// and the cross-field checks): only "Import scenario" needs that, and loads it when used.
// defaultScenario.test.ts keeps the JSON equal to parseScenario(defaultScenarioFile).
import type { Scenario } from '../scenario/types';
import parsed from './defaultScenario.json';

export const defaultScenario = parsed as unknown as Scenario;
