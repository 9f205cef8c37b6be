// "Visual quiz": questions whose answers were computed from the engine run, not written by hand.
import type { QuizQuestion } from '../../lessons/modes/quiz/types';
import { QuizQuestionView } from './QuizQuestionView';
import type { QuizQuestionState } from './quizView';

interface Props {
  questions: { question: QuizQuestion; chosen: string | null; state: QuizQuestionState }[];
  presenter: boolean;
  onChoose(questionId: string, optionId: string): void;
  onPredict(questionId: string, stopBeforeStep: number): void;
  onPlayStep(step: number): void;
  onReveal(questionId: string): void;
}

export function VisualQuiz({ questions, presenter, onChoose, onPredict, onPlayStep, onReveal }: Props) {
  if (questions.length === 0) return <p className="mode-empty">This run gives the quiz nothing to ask about yet.</p>;
  return (
    <>
      <p className="panel-sub">
        {presenter
          ? 'Presenter view: answers stay hidden until you reveal them.'
          : 'Answers come from this run of the engine. "Predict" stops just before the step that decides the answer.'}
      </p>
      <ol className="quiz">
        {questions.map(({ question: q, chosen, state }) => (
          <QuizQuestionView
            key={q.id}
            question={q}
            chosen={chosen}
            feedback={state.feedback}
            predict={state.predict}
            canReveal={state.canReveal}
            staleNote={state.staleNote}
            onChoose={(optionId) => onChoose(q.id, optionId)}
            onPredict={() => q.stopBeforeStep !== null && onPredict(q.id, q.stopBeforeStep)}
            onPlayStep={() => q.stopBeforeStep !== null && onPlayStep(q.stopBeforeStep)}
            onReveal={() => onReveal(q.id)}
          />
        ))}
      </ol>
    </>
  );
}
