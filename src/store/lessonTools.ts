// Everything the lesson features need on the main thread beyond the first paint, in one chunk
// loaded on demand (a lesson or a file opened, a learning mode, export, the editor): the built-in
// lessons, the learning-mode views that read a finished run, the scenario parser (zod) and the
// file writer. Not the headless run itself, nor the quiz generator that reads its earlier views:
// they play in the lesson-run worker (src/worker/lessonRun.worker.ts) with their own engine copy.
// Imported module by module, so the engine never comes along through src/lessons/index.ts.
import { config } from 'zod';

// The page's Content-Security-Policy forbids eval; without this zod probes `new Function` (see
// src/scenario/parseInput.ts, the parser every way of opening a scenario loads, does the same).
config({ jitless: true });

export { findLesson, lessons } from '../lessons/builtinLessons';
export {
  conceptSnapshot,
  genericConcept,
} from '../lessons/modes/conceptSnapshot';
export {
  executionSample,
  genericCodeSample,
} from '../lessons/modes/executionSample';
export { genericKeyMoments, keyMoments } from '../lessons/modes/keyMoments';
export { processFlow } from '../lessons/modes/processFlow';
export { gradeAnswer } from '../lessons/modes/quiz/grade';
export {
  fullTranscript,
  transcriptMarkdown,
} from '../lessons/modes/transcript';
export { lessonScenarioFile, narrationFromFile } from '../lessons/scenarioFile';
export { formatProblems, parseScenario } from '../scenario/parse';
export { toScenarioFile } from '../scenario/serialize';
