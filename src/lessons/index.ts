// The lessons and their learning modes: what the UI imports. Everything here is pure data and
// pure functions over an engine run; the UI renders it. The main thread's lesson kit
// (src/store/lessonTools.ts) picks from the modules directly, leaving out the headless run.

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
export { MAX_TRANSCRIPT_CHARS, outcome, stepLogCsv, storyTranscript } from './modes/storyTranscript';
export { type LessonTrackerTable, lessonTracker } from './modes/lessonTracker';
export { lessonScenarioFile, narrationFromFile } from './scenarioFile';
export { findLesson, lessons } from './builtinLessons';
export { type LessonEntry, lessonCatalog } from './catalog';

