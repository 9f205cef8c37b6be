// The page: controls and the lessons on top, the diagram in the middle, the execution table below,
// and a side panel with the inspector and the lesson panel (status tracker and the other modes).
// Presenter view keeps only the diagram, the narration and the lesson panel, in large type.
import { MotionConfig } from 'motion/react';
import { lazy, Suspense, useCallback, useEffect } from 'react';
import * as ls from '../store/lessonSelectors';
import * as sel from '../store/selectors';
import { useAppStore, useAppStoreApi } from '../store/useAppStore';
import { DiagramContainer } from './containers/DiagramContainer';
import { HeaderContainer } from './containers/HeaderContainer';
import { InspectorContainer } from './containers/InspectorContainer';
import { InterventionsContainer } from './containers/InterventionsContainer';
import { LessonBarContainer } from './containers/LessonBarContainer';
import { NarrationContainer } from './containers/NarrationContainer';
import { NoticesContainer } from './containers/NoticesContainer';
import { PlaybackContainer } from './containers/PlaybackContainer';
import { TableContainer } from './containers/TableContainer';
import type { Command } from './controls/shortcuts';
import { useKeyboardShortcuts } from './controls/useKeyboardShortcuts';
import { LessonSlot } from './lesson/LessonSlot';
import { ClassSessionStage } from './share/ClassSessionStage';
import { useLaunch } from './useLaunch';

const EditorContainer = lazy(() => import('./editor/EditorContainer'));

export function App() {
  const actions = useAppStore(sel.selectActions);
  const theme = useAppStore(sel.selectTheme);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  const run = useCallback(
    (command: Command) => {
      if (command === 'togglePlay') actions.togglePlay();
      else if (command === 'stepForward') actions.stepForward();
      else if (command === 'stepBack') actions.stepBack();
      else actions.restart();
    },
    [actions],
  );
  useKeyboardShortcuts(run);
  useLaunch(useAppStoreApi());
  const presenter = useAppStore(ls.selectPresenter);
  useEffect(() => {
    document.documentElement.classList.toggle('presenter', presenter);
  }, [presenter]);
  const editorOpen = useAppStore(ls.selectEditorOpen);
  return (
    <MotionConfig reducedMotion="user">
      <div className={presenter ? 'app presenter' : 'app'}>
        <header className="app-header">
          <HeaderContainer />
          <PlaybackContainer />
          {!presenter && <LessonBarContainer />}
        </header>
        <main className="stage">
          <div className="stage-top">
            {!presenter && <InterventionsContainer />}
            <NoticesContainer />
            <ClassSessionStage />
          </div>
          <div className="stage-main">
            <DiagramContainer />
            <NarrationContainer />
            {!presenter && <TableContainer />}
          </div>
          <aside className="side" aria-label="Details">
            {!presenter && <InspectorContainer />}
            <LessonSlot />
          </aside>
        </main>
        {editorOpen && (
          <Suspense fallback={null}>
            <EditorContainer />
          </Suspense>
        )}
      </div>
    </MotionConfig>
  );
}
