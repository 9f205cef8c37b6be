import { useAppStore } from '../../store/useAppStore';
import * as sel from '../../store/selectors';
import { pauseAtMomentsOn, selectStoryActions } from '../../store/storyNavigation';
import { PlaybackControls } from '../controls/PlaybackControls';

/** minStep / maxStep: the embedded player's `from` and `to` (the timeline's min and max). */
export function PlaybackContainer({ minStep, maxStep }: { minStep?: number; maxStep?: number } = {}) {
  const actions = useAppStore(sel.selectActions);
  const story = useAppStore(selectStoryActions);
  return (
    <PlaybackControls
      ready={useAppStore(sel.selectReady)}
      playing={useAppStore(sel.selectPlaying)}
      speed={useAppStore(sel.selectSpeed)}
      currentStep={useAppStore(sel.selectCurrentStep)}
      stepCount={useAppStore(sel.selectStepCount)}
      finished={useAppStore(sel.selectFinished)}
      timeMs={useAppStore(sel.selectTimeMs)}
      onTogglePlay={actions.togglePlay}
      onStepForward={actions.stepForward}
      onStepBack={actions.stepBack}
      onRestart={actions.restart}
      onSpeed={actions.setSpeed}
      onSeek={actions.seek}
      onNextMoment={story.nextMoment}
      onPreviousMoment={story.previousMoment}
      pauseAtMoments={useAppStore(pauseAtMomentsOn)}
      onPauseAtMoments={story.setPauseAtMoments}
      minStep={minStep}
      maxStep={maxStep}
    />
  );
}
