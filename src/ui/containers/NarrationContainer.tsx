import type { AppState } from '../../store/state';
import * as ls from '../../store/lessonSelectors';
import * as sel from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';
import { Narration } from '../narration/Narration';

const selectBusy = (s: AppState) => s.playing && (s.speed === 'fast' || s.speed > 2);
const selectNarrated = (s: AppState) => s.source?.kind === 'lesson' || s.lessonCues.length > 0;

export function NarrationContainer() {
  return (
    <Narration
      row={useAppStore(sel.selectCurrentRow)}
      currentStep={useAppStore(sel.selectCurrentStep)}
      busy={useAppStore(selectBusy)}
      cue={useAppStore(ls.selectLessonCue)}
      narrated={useAppStore(selectNarrated)}
    />
  );
}
