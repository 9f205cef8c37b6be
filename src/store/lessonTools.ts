// Everything the lesson features need beyond the first paint, in one chunk loaded on demand: the
// built-in lessons and their learning-mode generators (which play the engine headless), the
// scenario parser (zod) and the file writer. The page never waits for it.
import { config } from 'zod';

// The page's Content-Security-Policy forbids eval; without this zod probes `new Function` (see
// src/boot/parseImport.ts, which loads the parser for "Import scenario" the same way).
config({ jitless: true });

export * from '../lessons';
export { formatProblems, parseScenario } from '../scenario/parse';
export { toScenarioFile } from '../scenario/serialize';
