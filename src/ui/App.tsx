// The page: controls and the lessons on top, the diagram in the middle, the execution table below,
// and a side panel with the inspector and the lesson panel (status tracker and the other modes).
// Presenter view keeps only the diagram, the narration and the lesson panel, in large type.
import { MotionConfig } from 'motion/react';
import { type CSSProperties, lazy, Suspense, useCallback, useEffect, useState } from 'react';
import * as ls from '../store/lessonSelectors';
import * as sel from '../store/selectors';
import { isNarrated, selectStoryActions } from '../store/storyNavigation';
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
import { SidePanel } from './side/SidePanel';
import { readSidePrefs, type SidePanelPrefs, writeSidePrefs } from './side/sidePanelSize';
import { useLaunch } from './useLaunch';
import { FirstVisitContainer } from './welcome/FirstVisitContainer';

const EditorContainer = lazy(() => import('./editor/EditorContainer'));

export function App() {
  const actions = useAppStore(sel.selectActions);
  const story = useAppStore(selectStoryActions);
  const theme = useAppStore(sel.selectTheme);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  const run = useCallback(
    (command: Command) => {
      if (command === 'nextMoment') story.nextMoment();
      else if (command === 'previousMoment') story.previousMoment();
      else if (command === 'togglePlay') actions.togglePlay();
      else if (command === 'stepForward') actions.stepForward();
      else if (command === 'stepBack') actions.stepBack();
      else actions.restart();
    },
    [actions, story],
  );
  useKeyboardShortcuts(run, useAppStore(isNarrated));
  useLaunch(useAppStoreApi());
  const presenter = useAppStore(ls.selectPresenter);
  useEffect(() => {
    document.documentElement.classList.toggle('presenter', presenter);
  }, [presenter]);
  const editorOpen = useAppStore(ls.selectEditorOpen);
  const side = useSidePanelPrefs();
  const selection = useAppStore(sel.selectSelection);
  const focusKey = useAppStore(sel.selectPanelFocusRequest);
  const selectionKey = selection ? `${JSON.stringify(selection)}/${focusKey}` : null;
  // A broker's panel (or anything selected) needs the side panel: it comes back when collapsed.
  const { prefs, setPrefs } = side;
  useEffect(() => {
    if (selectionKey !== null) setPrefs((p) => (p.collapsed ? { ...p, collapsed: false } : p));
  }, [selectionKey, setPrefs]);
  const stageStyle = (prefs.collapsed ? { '--side-w': '2.6rem' } : prefs.widthPx !== null ? { '--side-w': `${prefs.widthPx}px` } : {}) as CSSProperties;
  return (
    <MotionConfig reducedMotion="user">
      <div className={presenter ? 'app presenter' : 'app'}>
        <header className="app-header">
          <HeaderContainer />
          <PlaybackContainer />
          {!presenter && <LessonBarContainer />}
          <ClassSessionStage />
        </header>
        <main className="stage" style={stageStyle}>
          {!presenter && (
            <div className="stage-top">
              <InterventionsContainer />
            </div>
          )}
          <div className="stage-main">
            <NoticesContainer />
            <DiagramContainer />
            {!presenter && <FirstVisitContainer />}
            <NarrationContainer />
            {!presenter && <TableContainer />}
          </div>
          <SidePanel
            widthPx={prefs.widthPx}
            collapsed={prefs.collapsed}
            onResize={(widthPx) => setPrefs((p) => ({ ...p, widthPx }))}
            onCollapse={(collapsed) => setPrefs((p) => ({ ...p, collapsed }))}
            // Presenter view keeps the panel for the lesson; what the teacher clicks (a broker to
            // crash in front of the class) brings the inspector back, "Clear selection" folds it away.
            inspector={presenter && selection === null ? null : <InspectorContainer />}
            selectionKey={selectionKey}
          >
            <LessonSlot />
          </SidePanel>
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

/** The side panel's width and whether it is collapsed, remembered in the browser. */
function useSidePanelPrefs() {
  const storage = typeof localStorage === 'undefined' ? null : localStorage;
  const [prefs, setPrefs] = useState<SidePanelPrefs>(() => readSidePrefs(storage));
  useEffect(() => writeSidePrefs(storage, prefs), [storage, prefs]);
  return { prefs, setPrefs };
}
