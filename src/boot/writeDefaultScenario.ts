// Rewrites defaultScenario.json from src/lessons/defaultScenario.ts:
// `npx tsx src/boot/writeDefaultScenario.ts`. defaultScenario.test.ts says when it is due.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultScenarioJson } from './defaultScenarioJson';

const target = fileURLToPath(new URL('./defaultScenario.json', import.meta.url));
writeFileSync(target, defaultScenarioJson());
console.log(`wrote ${target}`);
