import { describe, expect, it } from 'vitest';
import type { SessionSnapshot } from './protocol';
import { updatesFor } from './publisher';

const lesson = { kind: 'lesson' as const, lessonId: 'first-message', seed: 7 };
const crash = { step: 10, action: { do: 'crashBroker', broker: 1 } };
const restart = { step: 20, action: { do: 'restartBroker', broker: 1 } };
const snapshot = (over: Partial<SessionSnapshot> = {}): SessionSnapshot => ({ source: lesson, interventions: [], step: 0, question: null, reveal: null, ...over });

describe('updatesFor', () => {
  it('sends nothing when the relay already holds the run', () => {
    expect(updatesFor(snapshot({ interventions: [crash] }), { source: lesson, interventions: [crash] })).toEqual([]);
  });

  it('sends only the new interventions', () => {
    expect(updatesFor(snapshot({ interventions: [crash] }), { source: lesson, interventions: [crash, restart] })).toEqual([{ t: 'intervene', intervention: restart }]);
  });

  it('sends an earlier intervention alone: it forks the relay’s log the same way', () => {
    const earlier = { step: 5, action: { do: 'isolate', node: 'broker-2' } };
    expect(updatesFor(snapshot({ interventions: [crash, restart] }), { source: lesson, interventions: [earlier] })).toEqual([{ t: 'intervene', intervention: earlier }]);
  });

  it('starts over on another scenario, or when the same one was reopened without the interventions', () => {
    const other = { kind: 'default' as const, seed: 1 };
    expect(updatesFor(snapshot({ interventions: [crash] }), { source: other, interventions: [] })).toEqual([{ t: 'source', source: other }]);
    expect(updatesFor(snapshot({ interventions: [crash, restart] }), { source: lesson, interventions: [] })).toEqual([{ t: 'source', source: lesson }]);
  });
});
