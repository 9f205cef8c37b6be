// The bar under the playback controls: the "Lessons" navigation, and the scenario's own tools
// (import, export, edit, share). The navigation reads the lesson catalog, so it is complete at
// first paint; the lesson kit behind the links and the tools loads once a pointer or the focus
// comes near them (or, at the latest, on the click).
import { useRef } from 'react';
import { lessonCatalog } from '../../lessons/catalog';
import * as ls from '../../store/lessonSelectors';
import * as sel from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';
import { ImportScenario } from '../controls/ImportScenario';
import { LessonsNav } from '../lesson/LessonsNav';
import { usePrefetchOnIntent } from '../lesson/usePrefetchOnIntent';
import { ClassSessionButton } from '../share/ClassSessionButton';
import { ShareContainer } from '../share/ShareContainer';

export function LessonBarContainer() {
  const actions = useAppStore(sel.selectActions);
  const lessonActions = useAppStore(ls.selectLessonActions);
  const ready = useAppStore(sel.selectReady);
  const bar = useRef<HTMLDivElement>(null);
  usePrefetchOnIntent(bar, lessonActions.prefetchKit);
  return (
    <div className="lesson-bar" ref={bar}>
      <LessonsNav lessons={lessonCatalog} currentId={useAppStore(ls.selectLessonId)} onOpen={(id) => void lessonActions.open({ kind: 'lesson', id })} />
      <div className="scenario-tools">
        <ImportScenario
          error={useAppStore(sel.selectImportError)}
          onFile={(text, fileName) => void actions.open({ kind: 'text', text, fileName })}
          onDismiss={actions.dismissOpenError}
        />
        <button type="button" disabled={!ready} onClick={lessonActions.exportScenario}>
          Export scenario
        </button>
        <button type="button" onClick={lessonActions.openEditor}>
          Edit scenario
        </button>
        <ShareContainer />
        <ClassSessionButton disabled={!ready} />
      </div>
    </div>
  );
}
