// The lesson panel in the side panel, wired to the store. The status tracker tab is part of the
// first chunk; the other modes load on demand with the lesson tools.
import { lazy, Suspense } from 'react';
import * as ls from '../../store/lessonSelectors';
import * as sel from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';
import { TrackerContainer } from '../containers/TrackerContainer';
import { LessonPanel } from './LessonPanel';
import { lessonTabs } from './LessonTabs';
import './lesson.css';

const LessonModes = lazy(() => import('./LessonModes'));
const LessonIntro = lazy(() => import('./LessonIntro'));

export function LessonSlot() {
  const lessonActions = useAppStore(ls.selectLessonActions);
  const lesson = useAppStore(ls.selectLesson);
  const title = useAppStore(sel.selectTitle);
  const tab = useAppStore(ls.selectLessonTab);
  return (
    <LessonPanel
      heading={lesson ? `Lesson: ${lesson.title}` : title || 'Learning modes'}
      subject={lesson ? 'lesson' : 'scenario'}
      tab={tab}
      forkStep={useAppStore(ls.selectForkStep)}
      onTab={lessonActions.setTab}
      onRestart={lessonActions.restartLesson}
      onTabsIntent={lessonActions.prefetchModes}
      tabs={lessonTabs(lesson !== null, lesson?.compare !== undefined)}
      intro={
        lesson ? (
          <Suspense fallback={null}>
            <LessonIntro lessonId={lesson.id} seedRefs={lesson.seedRefs} />
          </Suspense>
        ) : null
      }
    >
      {/* A lesson tracks its own story's variables; any other scenario tracks the selection. */}
      {tab === 'tracker' && !lesson ? (
        <TrackerContainer />
      ) : (
        <Suspense fallback={<p className="mode-empty">Loading the learning modes…</p>}>
          <LessonModes tab={tab} />
        </Suspense>
      )}
    </LessonPanel>
  );
}
