// One learning mode's content for the open tab, computed from the run (see useModeData.ts).
import * as ls from '../../store/lessonSelectors';
import { fileNameFor } from '../../store/scenarioFile';
import type { LessonTab } from '../../store/state';
import * as sel from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';
import { stepLogCsv } from '../../lessons/modes/storyTranscript';
import { deepDives } from '../../lessons/deepDive';
import { CompareMode } from './CompareMode';
import { ConceptSnapshot } from './ConceptSnapshot';
import { DeepDiveView } from './DeepDiveView';
import { browserDownload } from '../../store/download';
import { ExecutionSample } from './ExecutionSample';
import { FullTranscript } from './FullTranscript';
import { KeyMoments } from './KeyMoments';
import { LessonTracker } from './LessonTracker';
import { ProcessFlow } from './ProcessFlow';
import { QuizMode } from './QuizMode';
import { type ModeInputs, useCode, useConcept, useMoments, useTranscript } from './useModeData';

export function LessonModeContent({ tab, inputs }: { tab: LessonTab; inputs: ModeInputs }) {
  const { kit, run, lesson } = inputs;
  const actions = useAppStore(sel.selectActions);
  const lessonActions = useAppStore(ls.selectLessonActions);
  const currentStep = useAppStore(sel.selectCurrentStep);
  const forkStep = useAppStore(ls.selectForkStep);
  const seed = useAppStore((s) => s.seed);
  const moments = useMoments(inputs, tab === 'moments');
  const transcript = useTranscript(inputs, tab === 'transcript');
  const code = useCode(inputs);
  const concept = useConcept(inputs);
  // Past a fork the run ahead is not this one: flow and code stay where the fork left them.
  const at = forkStep === null ? currentStep : Math.min(currentStep, forkStep);

  switch (tab) {
    case 'tracker':
      return run.tracker ? <LessonTracker table={run.tracker} currentStep={currentStep} onShowStep={actions.seek} /> : <p className="mode-empty">This lesson tracks no variables.</p>;
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
      return <QuizMode inputs={inputs} />;
    case 'deepdive': {
      const dive = lesson ? deepDives[lesson.id] : undefined;
      return dive ? <DeepDiveView dive={dive} events={run.events} onShowStep={actions.seek} /> : <p className="mode-empty">Deep dives belong to the built-in lessons.</p>;
    }
    case 'compare':
      return <CompareMode inputs={inputs} seed={seed} />;
    case 'concept':
      return <ConceptSnapshot summary={lesson?.summary ?? null} bullets={concept} />;
    case 'transcript':
      return (
        <FullTranscript
          paragraphs={transcript}
          onExportMarkdown={lessonActions.exportTranscript}
          onExportCsv={() => browserDownload(fileNameFor(inputs.scenario.title, 'csv'), 'text/csv', stepLogCsv(run.rows))}
        />
      );
  }
}

