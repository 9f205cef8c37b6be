// The lessons and their learning modes: what the UI imports. Everything here is pure data and
// pure functions over an engine run; the UI renders it.
import { breakABroker } from './builtin/breakABroker';
import { consumerGroups } from './builtin/consumerGroups';
import { controllerKraft, controllerZookeeper } from './builtin/controller';
import { firstMessage } from './builtin/firstMessage';
import { offsetsAndReplay } from './builtin/offsetsAndReplay';
import { partitionsAndKeys } from './builtin/partitionsAndKeys';
import { replicationAndAcks } from './builtin/replicationAndAcks';
import { retention } from './builtin/retention';
import { uncleanElection } from './builtin/uncleanElection';
import { whyProducersPublish } from './builtin/whyProducersPublish';
import type { Lesson } from './types';

export type * from './types';
export { conceptSnapshot, genericConcept } from './modes/conceptSnapshot';
export { type CodeLineView, executionSample, genericCodeSample } from './modes/executionSample';
export { genericKeyMoments, type KeyMomentView, keyMoments } from './modes/keyMoments';
export { type AppendFact, type LessonRun, playRun, type RunOptions } from './modes/lessonRun';
export { narrationAt, type ResolvedCue, resolveNarration } from './modes/narration';
export { type FlowStageView, genericStages, processFlow, type StageState } from './modes/processFlow';
export { gradeAnswer } from './modes/quiz/grade';
export { defaultQuizSpecs, generateQuestion, generateQuiz } from './modes/quiz/generateQuiz';
export type { Grade, QuizOption, QuizQuestion } from './modes/quiz/types';
export { describeMatcher, eventMatches, findEvent, resolveEvent } from './modes/resolveEvent';
export { defaultFocus, messageState, type StatusTable, statusTracker, type TrackerFocus } from './modes/statusTracker';
export { fullTranscript, rowSentence, transcriptMarkdown } from './modes/transcript';
export { lessonScenarioFile, narrationFromFile } from './scenarioFile';

/** The built-in lessons, in teaching order. */
export const lessons: Lesson[] = [
  firstMessage,
  whyProducersPublish,
  partitionsAndKeys,
  replicationAndAcks,
  breakABroker,
  uncleanElection,
  consumerGroups,
  offsetsAndReplay,
  retention,
  controllerZookeeper,
  controllerKraft,
];

export function findLesson(id: string): Lesson | undefined {
  return lessons.find((l) => l.id === id);
}
