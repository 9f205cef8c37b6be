import { describe, expect, it } from 'vitest';
import type { SimEvent, SimEventType } from '../engine/view.types';
import { lessons } from '../lessons/builtinLessons';
import { lessonRun } from '../lessons/lessonRun.testkit';
import { eventsByStep, momentSteps, STORY_EVENT_TYPES } from './moments';
import { narrateEvent, narrateMoment } from './narrate';

const ev = (e: Partial<Omit<SimEvent, 'type'>> & { type: SimEventType }) => ({ step: 1, timeMs: 0, ...e }) as SimEvent;

describe('generated narration', () => {
  it('tells a crashed broker in the lessons’ voice, with the scenario’s session timeout', () => {
    expect(narrateEvent(ev({ type: 'BrokerCrashed', broker: 1 }), { brokerSessionTimeoutMs: 9000 })).toBe(
      'Broker 1 stopped answering. The controller will fence it when its session expires in 9 s; until then producers keep trying it.',
    );
    expect(narrateEvent(ev({ type: 'BrokerCrashed', broker: 2 }), { brokerSessionTimeoutMs: 6000 })).toContain('expires in 6 s');
  });

  it('tells the interventions a teacher can make', () => {
    expect(narrateEvent(ev({ type: 'NodeIsolated', detail: 'broker-2' }))).toBe('broker-2 is cut off from everyone: it keeps running, but nothing it sends arrives.');
    expect(narrateEvent(ev({ type: 'LinkCut', detail: 'broker-1|broker-2' }))).toContain('between broker-1 and broker-2');
    expect(narrateEvent(ev({ type: 'ConsumerCrashed', consumer: 'c1', detail: 'g' }))).toContain('session times out');
    expect(narrateEvent(ev({ type: 'BrokerRestarted', broker: 3 }))).toContain('Broker 3 comes back');
  });

  it('says nothing for events outside the story, and tells each kind once a moment', () => {
    expect(narrateEvent(ev({ type: 'BecameLeader', broker: 1 }))).toBeNull();
    const polled = [1, 2, 3].map((p) => ev({ type: 'RecordsPolled', consumer: 'c1', topic: 't', partition: p, offset: 0, detail: '1 record(s)' }));
    expect(narrateMoment(polled)).toBe('poll() hands c1 1 record(s) of t-1, from offset 0.');
    expect(narrateMoment([ev({ type: 'MemberJoined' })])).toBeNull();
  });

  it('has a sentence for every story event type, and one for every generated moment of every lesson', () => {
    for (const type of STORY_EVENT_TYPES) expect(narrateEvent(ev({ type, topic: 't', partition: 0 })), type).not.toBeNull();
    for (const lesson of lessons) {
      const run = lessonRun(lesson);
      const byStep = eventsByStep(run.events);
      for (const step of momentSteps(run.rows, run.events)) {
        const text = narrateMoment(byStep.get(step) ?? [], { view: run.finalView, brokerSessionTimeoutMs: 9000 });
        expect(text, `${lesson.id} step ${step}`).toBeTruthy();
        expect(text).not.toMatch(/undefined|NaN|null/);
      }
    }
  });
});
