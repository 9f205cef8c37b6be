// renderRow picks a step's headline (its last event with a renderer) and marks interventions.
import { describe, expect, it } from 'vitest';
import { renderRow, renderStepRow } from './index';
import { at, stepOf } from './testEvents.testkit';

const written = { type: 'RowWritten', component: 'Broker 1', action: 'Did a thing', messageState: 'Some state', output: 'Some output' } as const;

describe('renderRow', () => {
  it('renders a row a rule not yet converted wrote, as written', () => {
    expect(renderRow(stepOf(written))).toEqual({ component: 'Broker 1', action: 'Did a thing', messageState: 'Some state', output: 'Some output', routine: undefined });
  });

  it('heads the row with the last event that has a renderer, not with clauses after it', () => {
    const events = stepOf({ type: 'AcksChanged', producer: 'p1', before: '1', acks: 'all' }, { type: 'PartitionCreated', topic: 't', partition: 1, replicas: [2, 3], leader: 2 });
    expect(renderRow(events).component).toBe('Producer p1');
  });

  it('says so in the action when the step is an intervention', () => {
    const events = stepOf({ type: 'InterventionApplied', detail: 'crashBroker' }, written);
    expect(renderRow(events).action).toBe('Intervention: Did a thing');
  });

  it('fails clearly on a step no event heads', () => {
    expect(() => renderRow(stepOf({ type: 'BrokerCrashed', broker: 1 }))).toThrow('step 1 has no event that heads a row (BrokerCrashed)');
  });
});

describe('renderStepRow', () => {
  it('takes the step and time from the events, and marks routine rows only', () => {
    expect(renderStepRow(at(7, 1500, written))).toEqual({ step: 7, timeMs: 1500, component: 'Broker 1', action: 'Did a thing', messageState: 'Some state', output: 'Some output' });
    expect(renderStepRow(at(7, 1500, { ...written, routine: true })).routine).toBe(true);
  });
});
