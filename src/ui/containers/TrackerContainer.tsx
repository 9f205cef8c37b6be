import { useShallow } from 'zustand/react/shallow';
import * as sel from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';
import { StatusTracker } from '../tracker/StatusTracker';
import { trackedSubject, trackerTable } from '../tracker/trackerModel';

export function TrackerContainer() {
  const view = useAppStore(sel.selectView);
  const selection = useAppStore(sel.selectSelection);
  const currentStep = useAppStore(sel.selectCurrentStep);
  const views = useAppStore(useShallow(sel.selectTrackerViews));
  const subject = trackedSubject(selection, view);
  return <StatusTracker table={subject ? trackerTable(subject, views) : null} steps={sel.trackerStepsAt(currentStep)} currentStep={currentStep} />;
}
