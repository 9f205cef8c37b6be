// What a quiz question shows, from the class's choice and the teacher's settings. Pure: the grade
// comes from gradeAnswer (the question carries its engine-computed answer).
import type { Grade, QuizQuestion } from '../../lessons/modes/quiz/types';
import type { PredictState, QuizFeedback } from './QuizQuestionView';

export interface QuizContext {
  chosen: string | null;
  presenter: boolean;
  revealed: boolean;
  predicting: boolean;
  currentStep: number;
  forkStep: number | null;
}

export interface QuizQuestionState {
  feedback: QuizFeedback | null;
  predict: PredictState | null;
  canReveal: boolean;
  staleNote: string | null;
}

export function quizQuestionState(q: QuizQuestion, c: QuizContext, grade: (q: QuizQuestion, optionId: string) => Grade): QuizQuestionState {
  const step = q.stopBeforeStep;
  const predict: PredictState | null = step === null ? null : { step, state: !c.predicting ? 'idle' : c.currentStep >= step ? 'played' : 'waiting' };
  const held = (text: string): QuizFeedback => ({ kind: 'held', text });
  let feedback: QuizFeedback | null = null;
  if (c.presenter && !c.revealed) {
    feedback = c.chosen ? held(`Answer locked in: ${c.chosen}. The teacher reveals the answer.`) : null;
  } else if (predict?.state === 'waiting') {
    feedback = held(c.chosen ? `Answer recorded: ${c.chosen}. Play step ${predict.step} to see whether it was right.` : `Choose an answer, then play step ${predict.step}.`);
  } else if (c.chosen) {
    const g = grade(q, c.chosen);
    feedback = { kind: g.correct ? 'correct' : 'wrong', text: g.feedback };
  } else if (c.presenter && c.revealed) {
    const answer = q.options.find((o) => o.id === q.answerId);
    feedback = { kind: 'answer', text: `The answer is ${q.answerId}${answer ? ` (${answer.label})` : ''}. ${q.reason}` };
  }
  const stale = c.forkStep !== null && (step === null || step > c.forkStep);
  return {
    feedback,
    predict,
    canReveal: c.presenter && !c.revealed,
    staleNote: stale ? `This question is about the lesson's own run: your intervention at step ${c.forkStep} changed what happens after it.` : null,
  };
}
