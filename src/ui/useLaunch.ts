// The address bar and the open scenario, kept in step: at start (and on Back/Forward) open what the
// address names — `?scenario=<lesson>`, a share link's `#scenario=…` — and when a lesson opens,
// the address names it, so reload and bookmarks work.
import { useEffect } from 'react';
import { isClassPage } from '../session/classLink';
import type { AppStore } from '../store/state';
import { readLaunch } from '../store/shareLink';
import { lessonHref } from './lesson/LessonsNav';

export function useLaunch(store: AppStore): void {
  useEffect(() => {
    const { lessonActions } = store.getState();
    let launchFile: unknown = null;
    const open = (reopenDefault: boolean) =>
      readLaunch(location.search, location.hash)
        .then(async (target) => {
          if (target.kind === 'file') launchFile = target.file;
          await lessonActions.launch(target, { reopenDefault });
          // A link made after interventions: replay them (the code for it loads only then).
          if (target.kind !== 'error' && target.interventions?.length) {
            const { replayLog } = await import('../session/replayLog');
            await replayLog(target.interventions, target.step);
          }
        })
        .catch(() => {
          // The lessons kit could not load: never leave the page without a simulation.
          if (store.getState().status === 'empty') void lessonActions.open({ kind: 'default' });
        });
    void open(false);
    const onPopState = () => void open(true);
    window.addEventListener('popstate', onPopState);
    const unsubscribe = store.subscribe((s, prev) => {
      // A class page keeps its class link: it opens whatever the teacher opens.
      if (s.source === prev.source || s.source === null || isClassPage(location.search)) return;
      if (s.source.kind === 'lesson') {
        if (new URLSearchParams(location.search).get('scenario') !== s.source.lessonId) history.pushState(null, '', lessonHref(s.source.lessonId));
      } else if (s.source.file !== launchFile && (location.search !== '' || location.hash !== '')) {
        // An imported or edited scenario is not what the address names any more.
        history.pushState(null, '', location.pathname);
      }
    });
    return () => {
      window.removeEventListener('popstate', onPopState);
      unsubscribe();
    };
  }, [store]);
}
