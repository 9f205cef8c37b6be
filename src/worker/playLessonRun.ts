// The headless run for the learning modes, as one pure function of its request: the lesson-run
// worker calls it, and unit tests call it in-process (node has no Worker).
import { playRun } from '../lessons/modes/lessonRun';
import { lessonTracker } from '../lessons/modes/lessonTracker';
import { storyMomentSteps } from '../lessons/modes/storyMoments';
import { resolveNarration } from '../lessons/modes/narration';
import { generateQuiz } from '../lessons/modes/quiz/generateQuiz';
import type { QuizQuestion } from '../lessons/modes/quiz/types';
import { firstLine } from './errorText';
import type { FromLessonRunner, LessonCue, LessonRunRequest, LessonRunResult, RunLesson, ToLessonRunner } from './lessonRunProtocol';

export function playLessonRun(request: LessonRunRequest): LessonRunResult {
  const full = playRun(request.scenario, {
    seed: request.seed,
    maxSteps: request.maxSteps,
  });
  let quiz: QuizQuestion[] = [];
  let quizError: string | null = null;
  // A quiz the generator cannot build must not take the other modes down with it.
  try {
    quiz = generateQuiz(full, request.quiz);
  } catch (error) {
    quizError = `The quiz could not be generated for this run: ${firstLine(error)}`;
  }
  const cues: LessonCue[] = resolveNarration(request.narration, full.events)
    .flatMap((c) => (c.step === null ? [] : [{ step: c.step, text: c.text }]))
    .sort((a, b) => a.step - b.step);
  const moments = request.trackEveryMoment ? storyMomentSteps(full.events) : cues.map((c) => c.step);
  const tracker = request.tracker?.length ? lessonTracker(full, request.tracker, moments) : null;
  const { stepCount, rows, events, finalView, appends } = full;
  return {
    run: { stepCount, rows, events, finalView, appends, quiz, quizError, tracker },
    cues,
  };
}

/** The worker's answer to one message. */
export function answerLessonRun(message: ToLessonRunner): FromLessonRunner {
  try {
    return { id: message.id, ok: true, result: playLessonRun(message.request) };
  } catch (error) {
    return { id: message.id, ok: false, message: firstLine(error) };
  }
}

/** The same, in this thread, through structured clones as a worker would see it (for tests). */
export const runLessonInProcess: RunLesson = async (request) => {
  const answer = structuredClone(answerLessonRun(structuredClone({ id: 0, request })));
  if (!answer.ok) throw new Error(answer.message);
  return answer.result;
};
