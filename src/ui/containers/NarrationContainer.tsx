import { useShallow } from 'zustand/react/shallow';
import type { AppState } from '../../store/state';
import * as ls from '../../store/lessonSelectors';
import * as sel from '../../store/selectors';
import { isNarrated } from '../../store/storyNavigation';
import { useAppStore } from '../../store/useAppStore';
import { Narration } from '../narration/Narration';
import { narrationLines } from '../narration/narrationModel';

const selectBusy = (s: AppState) => s.playing && (s.speed === 'fast' || s.speed > 2);

export function NarrationContainer() {
  const [cue, note] = useAppStore(useShallow(narrationLines));
  return (
    <Narration
      row={useAppStore(sel.selectCurrentRow)}
      currentStep={useAppStore(sel.selectCurrentStep)}
      busy={useAppStore(selectBusy)}
      cue={cue}
      note={note}
      narrated={useAppStore(isNarrated)}
      heightKey={`${useAppStore(ls.selectPresenter)}/${useAppStore(sel.selectTitle)}`}
    />
  );
}
