import * as ls from '../../store/lessonSelectors';
import * as sel from '../../store/selectors';
import { selectStoryActions } from '../../store/storyNavigation';
import { useAppStore } from '../../store/useAppStore';
import { AnomalyBanner } from '../notices/AnomalyBanner';
import { EngineError } from '../notices/EngineError';
import { InvariantAlert } from '../notices/InvariantAlert';
import { LaunchAlert } from '../notices/LaunchAlert';
import { ForkNotice } from '../notices/ForkNotice';

export function NoticesContainer() {
  const actions = useAppStore(sel.selectActions);
  const story = useAppStore(selectStoryActions);
  const forkedAt = useAppStore(sel.selectForkedAt);
  const firstFork = useAppStore(ls.selectForkStep);
  const anomalies = useAppStore(sel.selectAnomalies);
  const error = useAppStore(sel.selectEngineError);
  const launchError = useAppStore(ls.selectLaunchError);
  const violation = useAppStore(sel.selectInvariantViolation);
  const lessonActions = useAppStore(ls.selectLessonActions);
  return (
    <div className="notices">
      {error && <EngineError message={error} />}
      {violation && <InvariantAlert violation={violation} onDismiss={actions.dismissInvariantViolation} />}
      {launchError && <LaunchAlert message={launchError} onDismiss={lessonActions.dismissOpenError} />}
      <AnomalyBanner anomalies={anomalies} onShowStep={actions.seek} onShowAck={story.showAck} />
      {forkedAt !== null && <ForkNotice forkedAt={forkedAt} firstAt={firstFork} onDismiss={actions.dismissFork} />}
    </div>
  );
}
