// The bar under the playback controls: the "Lessons" navigation, and the scenario's own tools
// (import, export, edit, share).
import * as ls from '../../store/lessonSelectors';
import * as sel from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';
import { ImportScenario } from '../controls/ImportScenario';
import { LessonsNav } from '../lesson/LessonsNav';
import { SharePanel } from '../share/SharePanel';

export function LessonBarContainer() {
  const actions = useAppStore(sel.selectActions);
  const lessonActions = useAppStore(ls.selectLessonActions);
  const ready = useAppStore(sel.selectReady);
  const kitReady = useAppStore(ls.selectLessonKit) !== null;
  const forkStep = useAppStore(ls.selectForkStep);
  return (
    <div className="lesson-bar">
      <LessonsNav lessons={useAppStore(ls.selectLessonList)} currentId={useAppStore(ls.selectLessonId)} onOpen={(id) => void lessonActions.openLesson(id)} />
      <div className="scenario-tools">
        <ImportScenario error={useAppStore(sel.selectImportError)} onFile={actions.importScenarioText} onDismiss={actions.dismissImportError} />
        <button type="button" disabled={!ready || !kitReady} onClick={lessonActions.exportScenario}>
          Export scenario
        </button>
        <button type="button" disabled={!kitReady} onClick={lessonActions.openEditor}>
          Edit scenario
        </button>
        <SharePanel
          link={useAppStore(ls.selectShareLink)}
          note={forkStep === null ? null : `Your interventions (from step ${forkStep}) are not in the link: it opens the scenario as written.`}
          disabled={!ready || !kitReady}
          onShare={() => void lessonActions.share()}
          onClose={lessonActions.closeShare}
        />
      </div>
    </div>
  );
}
