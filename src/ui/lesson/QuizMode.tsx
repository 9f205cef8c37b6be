// The quiz tab wired to the store: answers and reveals live in the lesson slice, the draw on show
// in useQuizDraws; "Play to the answer" reveals and moves the timeline to the deciding step.
import type { QuizQuestion } from '../../lessons/modes/quiz/types';
import * as ls from '../../store/lessonSelectors';
import * as sel from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';
import type { ModeInputs } from './useModeData';
import { drawIndex, useQuizDraws } from './quizDraws';
import { drawOf, quizQuestionState } from './quizView';
import { VisualQuiz } from './VisualQuiz';

export function QuizMode({ inputs }: { inputs: ModeInputs }) {
  const { kit, run } = inputs;
  const actions = useAppStore(sel.selectActions);
  const lessonActions = useAppStore(ls.selectLessonActions);
  const forkStep = useAppStore(ls.selectForkStep);
  const presenter = useAppStore(ls.selectPresenter);
  const answers = useAppStore(ls.selectQuizAnswers);
  const revealed = useAppStore(ls.selectQuizRevealed);
  const draws = useQuizDraws();
  if (run.quizError) return <p className="mode-empty">{run.quizError}</p>;
  const items = run.quiz.map((base) => {
    const question = drawOf(base, drawIndex(draws, run, base.id));
    const chosen = answers[question.id] ?? null;
    const context = { chosen, presenter, revealed: revealed[question.id] === true, forkStep };
    return { question, draws: 1 + (base.others?.length ?? 0), chosen, state: quizQuestionState(question, context, kit.gradeAnswer) };
  });
  const playTo = (q: QuizQuestion) => {
    lessonActions.reveal(q.id);
    actions.seek(q.decidingStep ?? run.stepCount);
  };
  return (
    <VisualQuiz
      items={items}
      presenter={presenter}
      onChoose={lessonActions.answer}
      onPlayToAnswer={playTo}
      onShowStep={actions.seek}
      onReveal={lessonActions.reveal}
      onTryAnother={(position) => draws.next(run, run.quiz[position].id)}
    />
  );
}
