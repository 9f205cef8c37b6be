import { describe, expect, it } from 'vitest';
import { gradeAnswer } from '../../lessons/modes/quiz/grade';
import type { QuizQuestion } from '../../lessons/modes/quiz/types';
import { type QuizContext, quizQuestionState } from './quizView';

const q: QuizQuestion = {
  id: 'storedAt-1',
  kind: 'storedAt',
  prompt: "At which step is the record 'x' stored in Kafka?",
  options: [
    { id: 'A', label: 'Step 3' },
    { id: 'B', label: 'Step 5' },
  ],
  answerId: 'B',
  reason: 'At step 5 broker 1 appended it.',
  hint: 'Look for the append.',
  stopBeforeStep: 5,
};
const base: QuizContext = { chosen: null, presenter: false, revealed: false, predicting: false, currentStep: 0, forkStep: null };
const view = (c: Partial<QuizContext>) => quizQuestionState(q, { ...base, ...c }, gradeAnswer);

describe('a quiz question', () => {
  it('grades a choice at once: "Correct" or "Not quite", with the reason', () => {
    expect(view({ chosen: 'B' }).feedback).toEqual({ kind: 'correct', text: 'Correct — At step 5 broker 1 appended it.' });
    expect(view({ chosen: 'A' }).feedback?.text).toMatch(/^Not quite — the answer is B \(Step 5\)/);
    expect(view({}).feedback).toBeNull();
  });

  it('predict-then-reveal holds the grade until the decisive step has played', () => {
    expect(view({ predicting: true, currentStep: 4, chosen: 'A' })).toMatchObject({ feedback: { kind: 'held' }, predict: { step: 5, state: 'waiting' } });
    expect(view({ predicting: true, currentStep: 5, chosen: 'A' })).toMatchObject({ feedback: { kind: 'wrong' }, predict: { state: 'played' } });
    expect(view({}).predict).toEqual({ step: 5, state: 'idle' });
  });

  it('in presenter view hides the answer until the teacher reveals it', () => {
    expect(view({ presenter: true, chosen: 'B' })).toMatchObject({ feedback: { kind: 'held' }, canReveal: true });
    expect(view({ presenter: true, chosen: 'B', revealed: true })).toMatchObject({ feedback: { kind: 'correct' }, canReveal: false });
    expect(view({ presenter: true, revealed: true }).feedback?.text).toBe('The answer is B (Step 5). At step 5 broker 1 appended it.');
  });

  it('says when an intervention made it a question about the unforked run', () => {
    expect(view({ forkStep: 7 }).staleNote).toBeNull();
    expect(view({ forkStep: 2 }).staleNote).toMatch(/lesson's own run: your intervention at step 2/);
  });
});
