// "Visual quiz": questions about what the cluster does, answered by the engine run. Predict first,
// then play to the deciding moment.
import type { QuizQuestion } from '../../lessons/modes/quiz/types';
import { QuizQuestionView } from './QuizQuestionView';
import type { QuizQuestionState } from './quizView';

export interface QuizItem {
  question: QuizQuestion;
  draws: number;
  chosen: string | null;
  state: QuizQuestionState;
}

interface Props {
  items: QuizItem[];
  presenter: boolean;
  onChoose(questionId: string, optionId: string): void;
  onPlayToAnswer(question: QuizQuestion): void;
  onShowStep(step: number): void;
  onReveal(questionId: string): void;
  /** Draws another version of the question at `position` in the quiz. */
  onTryAnother(position: number): void;
}

export function VisualQuiz({ items, presenter, onChoose, onPlayToAnswer, onShowStep, onReveal, onTryAnother }: Props) {
  if (items.length === 0) return <p className="mode-empty">This run gives the quiz nothing to ask about yet.</p>;
  return (
    <>
      <p className="panel-sub">
        {presenter
          ? 'Presenter view: answers stay hidden until you reveal them or play to them.'
          : 'Commit to an answer, then "Play to the answer": the timeline runs to the moment that decides it. Every answer comes from this run of the engine.'}
      </p>
      <ol className="quiz">
        {items.map(({ question: q, draws, chosen, state }, position) => (
          <QuizQuestionView
            key={q.id}
            question={q}
            chosen={chosen}
            state={state}
            draws={draws}
            onChoose={(optionId) => onChoose(q.id, optionId)}
            onPlayToAnswer={() => onPlayToAnswer(q)}
            onShowStep={onShowStep}
            onReveal={() => onReveal(q.id)}
            onTryAnother={() => onTryAnother(position)}
          />
        ))}
      </ol>
    </>
  );
}
