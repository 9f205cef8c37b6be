import { describe, expect, it } from 'vitest';
import { gradeAnswer } from '../../lessons/modes/quiz/grade';
import type { QuizQuestion } from '../../lessons/modes/quiz/types';
import { drawOf, type QuizContext, quizQuestionState } from './quizView';

const q: QuizQuestion = {
  id: 'leaderAfterCrash-1',
  kind: 'leaderAfterCrash',
  prompt: 'Broker 1 crashes. Which broker leads orders-0 after the controller reacts?',
  options: [
    { id: 'A', label: 'Broker 1', why: 'Broker 1 is down.' },
    { id: 'B', label: 'Broker 2', why: 'First in-sync replica alive.' },
  ],
  answerId: 'B',
  reason: 'The controller elected broker 2.',
  hint: 'The first live in-sync replica in assignment order.',
  decidingStep: 5,
  others: [{ id: 'leaderAfterCrash-1~1', kind: 'leaderAfterCrash', prompt: 'other', options: [], answerId: 'A', reason: '', hint: '', decidingStep: 9 }],
};
const base: QuizContext = { chosen: null, presenter: false, revealed: false, forkStep: null };
const view = (c: Partial<QuizContext>) => quizQuestionState(q, { ...base, ...c }, gradeAnswer);

describe('a quiz question', () => {
  it('records a choice without grading it until the answer is played to', () => {
    expect(view({})).toMatchObject({ feedback: null, canPlay: false, showStep: null, verdicts: null });
    const chosen = view({ chosen: 'A' });
    expect(chosen).toMatchObject({ feedback: { kind: 'held' }, canPlay: true });
    expect(chosen.feedback?.text).not.toMatch(/Correct|Not quite|Broker 2/);
  });

  it('once revealed grades the choice, names the answer, explains every option and offers "Show step"', () => {
    const wrong = view({ chosen: 'A', revealed: true });
    expect(wrong.feedback?.text).toMatch(/^Not quite — the answer is B \(Broker 2\)\. You chose A: Broker 1 is down\./);
    expect(wrong).toMatchObject({ canPlay: false, showStep: 5 });
    expect(wrong.verdicts).toEqual([
      { id: 'A', label: 'Broker 1', correct: false, why: 'Broker 1 is down.' },
      { id: 'B', label: 'Broker 2', correct: true, why: 'First in-sync replica alive.' },
    ]);
    expect(view({ chosen: 'B', revealed: true }).feedback).toMatchObject({ kind: 'correct' });
  });

  it('in presenter view hides the answer until the teacher reveals it', () => {
    expect(view({ presenter: true, chosen: 'B' })).toMatchObject({ feedback: { kind: 'held' }, canReveal: true });
    expect(view({ presenter: true, chosen: 'B', revealed: true })).toMatchObject({ feedback: { kind: 'correct' }, canReveal: false });
    expect(view({ presenter: true, revealed: true }).feedback?.text).toBe('The answer is B (Broker 2). The controller elected broker 2.');
  });

  it('says when an intervention made it a question about the unforked run', () => {
    expect(view({ forkStep: 7 }).staleNote).toBeNull();
    expect(view({ forkStep: 2 }).staleNote).toMatch(/lesson's own run: your intervention at step 2/);
  });

  it('"Try another" cycles through the draws', () => {
    expect(drawOf(q, 0).id).toBe('leaderAfterCrash-1');
    expect(drawOf(q, 1).id).toBe('leaderAfterCrash-1~1');
    expect(drawOf(q, 2).id).toBe('leaderAfterCrash-1');
  });
});
