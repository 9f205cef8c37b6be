// A share link's interventions: once its scenario is open, replay them at their steps and go to the
// link's step, the same way a student's page catches up with the teacher (follower.ts).
import { createFollower } from './follower';
import type { SessionIntervention } from './protocol';
import { sessionDeps } from './sessionDeps';
import { sessionSourceOf } from './sessionSource';
import { waitForState } from './storeWaits';

export async function replayLog(interventions: SessionIntervention[], step: number | undefined): Promise<void> {
  const deps = sessionDeps();
  const ready = await waitForState(deps.store, (s) => s.status === 'ready', 20_000);
  if (!ready) return;
  const s = deps.store.getState();
  const follower = createFollower(deps, (message) => deps.store.setState({ openError: { kind: 'file', message: `The share link's interventions could not be replayed: ${message}` } }));
  follower.setGoal({ source: sessionSourceOf(s), interventions, step: step ?? s.currentStep, question: null, reveal: null });
  follower.setActive(true);
  await follower.settled();
  follower.dispose();
}
