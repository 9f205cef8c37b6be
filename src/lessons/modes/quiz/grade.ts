// Grading is pure: the question already carries its answer, the reason, and why each option is
// right or wrong.
import type { Grade, QuizQuestion } from './types';

export function gradeAnswer(question: QuizQuestion, optionId: string): Grade {
  const answer = question.options.find((o) => o.id === question.answerId);
  if (optionId === question.answerId) return { correct: true, feedback: `Correct — ${answer?.id} (${answer?.label}). ${question.reason}` };
  const chosen = question.options.find((o) => o.id === optionId);
  const which = answer ? `the answer is ${answer.id} (${answer.label})` : 'that is not the answer';
  const yours = chosen ? ` You chose ${chosen.id}: ${chosen.why}` : ' (that option is not one of the choices)';
  return { correct: false, feedback: `Not quite — ${which}.${yours} ${question.reason}` };
}
