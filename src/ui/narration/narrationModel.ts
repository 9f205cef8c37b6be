// What the narration panel says at the current step: the lesson's own line while the run is the
// lesson's; after an intervention, and in a scenario without narration, the line generated from
// the latest moment's events (story/narrate), so the class is never left without an explanation.
import type { AppState } from '../../store/state';
import { cueAt } from '../../store/lessonRunner';
import { isNarrated } from '../../store/storyNavigation';
import { narrateMoment } from '../../story/narrate';

/** [story line, a note about where it comes from (or '')]: strings, so useShallow can compare. */
export type NarrationLines = [story: string | null, note: string];

function generated(s: AppState): string | null {
  const moment = s.storyMoment;
  if (!moment) return null;
  return narrateMoment(moment.events, { view: s.view, brokerSessionTimeoutMs: s.scenario?.cluster.config.brokerSessionTimeoutMs });
}

export function narrationLines(s: AppState): NarrationLines {
  const fork = s.lessonForkStep;
  if (isNarrated(s) && fork !== null && s.currentStep > fork) {
    const told = s.storyMoment && s.storyMoment.step > fork ? generated(s) : null;
    return [told, `Your intervention at step ${fork} changed the story: from there the narration is told from the engine's events ("Restart lesson" brings the lesson's back).`];
  }
  if (isNarrated(s)) return [cueAt(s.lessonCues, s.currentStep, fork), ''];
  return [generated(s), ''];
}
