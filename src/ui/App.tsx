// The page: controls on top, the diagram in the middle, the execution table below, and a side
// panel with the inspector, the status tracker and (later) the lesson.
import { MotionConfig } from 'motion/react';
import { useCallback, useEffect } from 'react';
import * as sel from '../store/selectors';
import { useAppStore } from '../store/useAppStore';
import { DiagramContainer } from './containers/DiagramContainer';
import { HeaderContainer } from './containers/HeaderContainer';
import { InspectorContainer } from './containers/InspectorContainer';
import { InterventionsContainer } from './containers/InterventionsContainer';
import { NarrationContainer } from './containers/NarrationContainer';
import { NoticesContainer } from './containers/NoticesContainer';
import { PlaybackContainer } from './containers/PlaybackContainer';
import { TableContainer } from './containers/TableContainer';
import { TrackerContainer } from './containers/TrackerContainer';
import type { Command } from './controls/shortcuts';
import { useKeyboardShortcuts } from './controls/useKeyboardShortcuts';
import { LessonSlot } from './lesson/LessonSlot';

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
  return (
    <MotionConfig reducedMotion="user">
      <div className="app">
        <header className="app-header">
          <HeaderContainer />
          <PlaybackContainer />
        </header>
        <main className="stage">
          <div className="stage-top">
            <InterventionsContainer />
            <NoticesContainer />
          </div>
          <div className="stage-main">
            <DiagramContainer />
            <NarrationContainer />
            <TableContainer />
          </div>
          <aside className="side" aria-label="Details">
            <InspectorContainer />
            <TrackerContainer />
            <LessonSlot />
          </aside>
        </main>
      </div>
    </MotionConfig>
  );
}
