// "Share": the button; the dialog (link, interventions, embed code) loads on the first click.
import { lazy, Suspense } from 'react';
import * as ls from '../../store/lessonSelectors';
import * as sel from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';

const ShareDialog = lazy(() => import('./ShareDialog'));

export function ShareContainer() {
  const lessonActions = useAppStore(ls.selectLessonActions);
  const ready = useAppStore(sel.selectReady);
  const base = useAppStore(ls.selectShareLink);
  return (
    <div className="share">
      <button type="button" aria-expanded={base !== null} disabled={!ready} onClick={base ? lessonActions.closeShare : () => void lessonActions.share()}>
        Share
      </button>
      {base && (
        <Suspense fallback={null}>
          <ShareDialog base={base} onClose={lessonActions.closeShare} />
        </Suspense>
      )}
    </div>
  );
}
