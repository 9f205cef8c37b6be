// One learning mode's content for the open tab, computed from the run (see useModeData.ts).
import * as ls from '../../store/lessonSelectors';
import type { LessonTab } from '../../store/state';
import * as sel from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';
import { ConceptSnapshot } from './ConceptSnapshot';
import { ExecutionSample } from './ExecutionSample';
import { FullTranscript } from './FullTranscript';
import { KeyMoments } from './KeyMoments';
import { ProcessFlow } from './ProcessFlow';
import { quizQuestionState } from './quizView';
import { type ModeInputs, useCode, useConcept, useMoments, useTranscript } from './useModeData';
import { VisualQuiz } from './VisualQuiz';

export function LessonModeContent({ tab, inputs }: { tab: Exclude<LessonTab, 'tracker'>; inputs: ModeInputs }) {
  const { kit, run, lesson } = inputs;
  const actions = useAppStore(sel.selectActions);
  const lessonActions = useAppStore(ls.selectLessonActions);
  const currentStep = useAppStore(sel.selectCurrentStep);
  const forkStep = useAppStore(ls.selectForkStep);
  const presenter = useAppStore(ls.selectPresenter);
  const answers = useAppStore(ls.selectQuizAnswers);
  const revealed = useAppStore(ls.selectQuizRevealed);
  const predicting = useAppStore(ls.selectQuizPredicting);
  const moments = useMoments(inputs, tab === 'moments');
  const transcript = useTranscript(inputs, tab === 'transcript');
  const code = useCode(inputs);
  const concept = useConcept(inputs);
  // Past a fork the run ahead is not this one: flow and code stay where the fork left them.
  const at = forkStep === null ? currentStep : Math.min(currentStep, forkStep);

  switch (tab) {
    case 'flow':
      return <ProcessFlow stages={kit.processFlow(lesson, run.events, at)} onGoToStep={actions.seek} />;
    case 'code':
      return (
        <ExecutionSample
          lines={kit.executionSample(code, run.events, at).lines}
          note={lesson ? null : "Client code written from this scenario's script and consumers."}
        />
      );
    case 'moments':
      return <KeyMoments moments={moments} forkStep={forkStep} onShowStep={actions.seek} />;
    case 'quiz':
      if (run.quizError) return <p className="mode-empty">{run.quizError}</p>;
      return (
        <VisualQuiz
          presenter={presenter}
          questions={run.quiz.map((q) => {
            const chosen = answers[q.id] ?? null;
            const context = { chosen, presenter, revealed: revealed[q.id] === true, predicting: predicting === q.id, currentStep, forkStep };
            return { question: q, chosen, state: quizQuestionState(q, context, kit.gradeAnswer) };
          })}
          onChoose={lessonActions.answer}
          onPredict={lessonActions.predict}
          onPlayStep={actions.seek}
          onReveal={lessonActions.reveal}
        />
      );
    case 'concept':
      return <ConceptSnapshot summary={lesson?.summary ?? null} bullets={concept} />;
    case 'transcript':
      return <FullTranscript paragraphs={transcript} onExport={lessonActions.exportTranscript} />;
  }
}
