import { describe, expect, it } from 'vitest';
import type { SimEvent } from '../../engine/view.types';
import type { AppState } from '../../store/state';
import { narrationLines } from './narrationModel';

const crash = { step: 16, events: [{ type: 'BrokerCrashed', step: 16, timeMs: 1010, broker: 2 } as SimEvent] };
const state = (s: Partial<AppState>) => ({ source: null, lessonCues: [], lessonForkStep: null, storyMoment: null, view: null, scenario: null, currentStep: 0, ...s }) as AppState;

describe('the narration panel', () => {
  it('tells a lesson in its own words until an intervention, then from the events, saying so', () => {
    const lesson = { source: { kind: 'lesson' as const, lessonId: 'x' }, lessonCues: [{ step: 3, text: 'The lesson speaks.' }] };
    expect(narrationLines(state({ ...lesson, currentStep: 5 }))).toEqual(['The lesson speaks.', '']);
    const [story, note] = narrationLines(state({ ...lesson, currentStep: 16, lessonForkStep: 15, storyMoment: crash }));
    expect(story).toMatch(/^Broker 2 stopped answering\./);
    expect(note).toContain('Your intervention at step 15 changed the story');
  });

  it('generates the story of a scenario without narration', () => {
    expect(narrationLines(state({ currentStep: 16, storyMoment: crash }))[0]).toMatch(/^Broker 2 stopped answering/);
    expect(narrationLines(state({ currentStep: 0 }))).toEqual([null, '']);
  });
});
