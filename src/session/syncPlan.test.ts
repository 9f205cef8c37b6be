import { describe, expect, it } from 'vitest';
import { type LocalRun, nextMove, type TargetRun } from './syncPlan';

const crash = { step: 10, action: { do: 'crashBroker', broker: 1 } };
const restart = { step: 20, action: { do: 'restartBroker', broker: 1 } };
const ready = (over: Partial<LocalRun> = {}): LocalRun => ({
  status: 'ready',
  sourceKey: 'lesson:first-message:7',
  interventions: [],
  currentStep: 0,
  stepCount: 100,
  finished: false,
  ...over,
});
const target = (over: Partial<TargetRun> = {}): TargetRun => ({ sourceKey: 'lesson:first-message:7', interventions: [], step: 0, ...over });

describe('nextMove', () => {
  it('opens the teacher’s scenario first, and waits while it loads', () => {
    expect(nextMove(ready({ status: 'empty', sourceKey: null }), target())).toEqual({ move: 'load' });
    expect(nextMove(ready({ sourceKey: 'default:1' }), target())).toEqual({ move: 'load' });
    expect(nextMove(ready({ status: 'loading' }), target())).toEqual({ move: 'wait' });
  });

  it('applies each intervention at its step, in order, then goes to the teacher’s step', () => {
    const goal = target({ interventions: [crash, restart], step: 25 });
    expect(nextMove(ready({ currentStep: 3 }), goal)).toEqual({ move: 'seek', step: 10 });
    expect(nextMove(ready({ currentStep: 10 }), goal)).toEqual({ move: 'intervene', intervention: crash });
    expect(nextMove(ready({ currentStep: 11, interventions: [crash] }), goal)).toEqual({ move: 'seek', step: 20 });
    expect(nextMove(ready({ currentStep: 20, interventions: [crash] }), goal)).toEqual({ move: 'intervene', intervention: restart });
    expect(nextMove(ready({ currentStep: 21, interventions: [crash, restart] }), goal)).toEqual({ move: 'seek', step: 25 });
    expect(nextMove(ready({ currentStep: 25, interventions: [crash, restart] }), goal)).toBeNull();
  });

  it('starts over when this page made interventions of its own (the student explored alone)', () => {
    const own = { step: 5, action: { do: 'crashBroker', broker: 2 } };
    expect(nextMove(ready({ interventions: [own] }), target({ interventions: [crash] }))).toEqual({ move: 'load' });
    expect(nextMove(ready({ interventions: [crash, own] }), target({ interventions: [crash] }))).toEqual({ move: 'load' });
  });

  it('compares interventions by content, whatever the order of their fields', () => {
    const same = { step: 10, action: { broker: 1, do: 'crashBroker' } };
    expect(nextMove(ready({ currentStep: 12, interventions: [same] }), target({ interventions: [crash], step: 12 }))).toBeNull();
  });

  it('stops at the end of a run that finished before the teacher’s step', () => {
    expect(nextMove(ready({ currentStep: 100, stepCount: 100, finished: true }), target({ step: 140 }))).toBeNull();
  });
});
