import * as sel from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';
import { Narration } from '../narration/Narration';

export function NarrationContainer() {
  return <Narration row={useAppStore(sel.selectCurrentRow)} currentStep={useAppStore(sel.selectCurrentStep)} />;
}
