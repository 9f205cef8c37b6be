// The teacher's page: every change of its run becomes the smallest update that tells the relay —
// another scenario, new interventions, the step (at most 10 a second, the last one always sent).
import type { SessionDeps } from './sessionDeps';
import { applyUpdate, type SessionIntervention, type SessionSnapshot, type TeacherUpdate } from './protocol';
import { commonPrefix, sameIntervention, sessionSourceOf, sourceKey } from './sessionSource';

export const STEP_UPDATE_MS = 100;

export interface Publisher {
  /** What the relay holds now, as this page told it. */
  published(): SessionSnapshot;
  dispose(): void;
}

/** The updates that turn `from` into the run this page shows. */
export function updatesFor(from: SessionSnapshot, now: { source: SessionSnapshot['source']; interventions: readonly SessionIntervention[] }): TeacherUpdate[] {
  const updates: TeacherUpdate[] = [];
  let at = from;
  const push = (u: TeacherUpdate) => {
    updates.push(u);
    at = applyUpdate(at, u);
  };
  if (sourceKey(from.source) !== sourceKey(now.source)) push({ t: 'source', source: now.source });
  const shared = commonPrefix(at.interventions, now.interventions);
  for (const intervention of now.interventions.slice(shared)) push({ t: 'intervene', intervention });
  const same = at.interventions.length === now.interventions.length && at.interventions.every((i, k) => sameIntervention(i, now.interventions[k]));
  if (!same) {
    // The log was reset with the same scenario (the lesson restarted): start the session's over.
    updates.length = 0;
    at = from;
    push({ t: 'source', source: now.source });
    for (const intervention of now.interventions) push({ t: 'intervene', intervention });
  }
  return updates;
}

export function createPublisher({ store, client }: SessionDeps, start: SessionSnapshot, send: (u: TeacherUpdate) => void): Publisher {
  let published = start;
  let lastStepAt = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const tell = (u: TeacherUpdate) => {
    published = applyUpdate(published, u);
    send(u);
  };

  const sendStep = () => {
    timer = null;
    const s = store.getState();
    if (s.status !== 'ready' || s.currentStep === published.step) return;
    lastStepAt = performance.now();
    tell({ t: 'step', step: s.currentStep });
  };

  // What the last comparison saw: while it is unchanged (every frame of a fast play) only the step can be new.
  let seen: { source: unknown; seed: number; interventions: unknown } | null = null;
  const check = () => {
    const s = store.getState();
    if (s.status !== 'ready') return;
    const interventions = (client.interventions?.() ?? []) as readonly SessionIntervention[];
    if (seen === null || seen.source !== s.source || seen.seed !== s.seed || seen.interventions !== interventions) {
      seen = { source: s.source, seed: s.seed, interventions };
      for (const u of updatesFor(published, { source: sessionSourceOf(s), interventions })) tell(u);
    }
    if (s.currentStep === published.step || timer !== null) return;
    const wait = lastStepAt + STEP_UPDATE_MS - performance.now();
    if (wait <= 0) sendStep();
    else timer = setTimeout(sendStep, wait);
  };

  const unsubscribe = store.subscribe(check);
  check();
  return {
    published: () => published,
    dispose() {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
    },
  };
}
