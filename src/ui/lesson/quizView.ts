// What a quiz question shows, from the student's choice and the teacher's settings. Pure: the
// grade comes from gradeAnswer (the question carries its engine-computed answer). Predict, then
// reveal: a choice is only recorded until "Play to the answer" (or, in presenter view, the
// teacher's "Reveal answer") has shown what the cluster does.
import type { Grade, QuizQuestion } from '../../lessons/modes/quiz/types';

export interface QuizFeedback {
  kind: 'correct' | 'wrong' | 'answer' | 'held';
  text: string;
}

export interface OptionVerdict {
  id: string;
  label: string;
  correct: boolean;
  why: string;
}

export interface QuizContext {
  chosen: string | null;
  presenter: boolean;
  revealed: boolean;
  forkStep: number | null;
}

export interface QuizQuestionState {
  feedback: QuizFeedback | null;
  /** "Play to the answer" is offered once the student has committed to an answer. */
  canPlay: boolean;
  /** Once revealed: the step that decides the answer ("Show step n"), if one step does. */
  showStep: number | null;
  /** Once revealed: each option, right or wrong, with the run's reason. */
  verdicts: OptionVerdict[] | null;
  canReveal: boolean;
  staleNote: string | null;
}

export function quizQuestionState(q: QuizQuestion, c: QuizContext, grade: (q: QuizQuestion, optionId: string) => Grade): QuizQuestionState {
  const held = (text: string): QuizFeedback => ({ kind: 'held', text });
  let feedback: QuizFeedback | null = null;
  if (!c.revealed) {
    if (c.chosen) feedback = held(c.presenter ? `Answer locked in: ${c.chosen}. The teacher reveals the answer.` : `Your answer: ${c.chosen}. Now play to the answer and watch what the cluster does.`);
  } else if (c.chosen) {
    const g = grade(q, c.chosen);
    feedback = { kind: g.correct ? 'correct' : 'wrong', text: g.feedback };
  } else {
    const answer = q.options.find((o) => o.id === q.answerId);
    feedback = { kind: 'answer', text: `The answer is ${q.answerId}${answer ? ` (${answer.label})` : ''}. ${q.reason}` };
  }
  const stale = c.forkStep !== null && (q.decidingStep === null || q.decidingStep > c.forkStep);
  return {
    feedback,
    canPlay: c.chosen !== null && !c.revealed,
    showStep: c.revealed ? q.decidingStep : null,
    verdicts: c.revealed ? q.options.map((o) => ({ id: o.id, label: o.label, correct: o.id === q.answerId, why: o.why })) : null,
    canReveal: c.presenter && !c.revealed,
    staleNote: stale ? `This question is about the lesson's own run: your intervention at step ${c.forkStep} changed what happens after it.` : null,
  };
}

/** The draw of a question on show: the first, or another one "Try another" moved to. */
export function drawOf(q: QuizQuestion, index: number): QuizQuestion {
  const all = [q, ...(q.others ?? [])];
  return all[((index % all.length) + all.length) % all.length];
}
