// Shows the first-visit panel on a plain first visit, until a way in is chosen or the visitor
// does anything that makes it moot (steps, opens a lesson, imports a scenario).
import { useEffect, useRef, useState } from 'react';
import { lessonCatalog } from '../../lessons/catalog';
import * as ls from '../../store/lessonSelectors';
import * as sel from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';
import { FirstVisit } from './FirstVisit';
import { isFirstVisit, rememberWelcomed } from './firstVisit';

const storage = () => (typeof localStorage === 'undefined' ? null : localStorage);

export function FirstVisitContainer() {
  const [show, setShow] = useState(() => typeof location !== 'undefined' && isFirstVisit(location.search, location.hash, storage()));
  const step = useAppStore(sel.selectCurrentStep);
  const title = useAppStore(sel.selectTitle);
  // The default scenario's title, once it has loaded: another title means another scenario.
  const firstTitle = useRef<string | null>(null);
  if (firstTitle.current === null && title !== '') firstTitle.current = title;
  const lessonId = useAppStore(ls.selectLessonId);
  const lessonActions = useAppStore(ls.selectLessonActions);
  const moved = step > 0 || lessonId !== null || (firstTitle.current !== null && title !== firstTitle.current);
  useEffect(() => {
    if (show && moved) setShow(false);
  }, [show, moved]);
  if (!show) return null;
  const choose = (then: () => void) => {
    rememberWelcomed(storage());
    setShow(false);
    then();
  };
  return <FirstVisit onStartLesson={() => choose(() => void lessonActions.open({ kind: 'lesson', id: lessonCatalog[0].id }))} onExplore={() => choose(() => {})} />;
}
