// renderRow picks a step's headline (its last event with a renderer) and marks interventions.
import { describe, expect, it } from 'vitest';
import { renderRow, renderStepRow } from './index';
import { at, stepOf } from './testEvents.testkit';

const closed = { type: 'ConsumerClosed', consumer: 'c1', leftVia: 2 } as const;
const closedRow = { component: 'Consumer c1', action: 'Closed gracefully', messageState: 'Stopped', output: 'sent LeaveGroup to coordinator broker 2' };

describe('renderRow', () => {
  it('renders the headline', () => {
    expect(renderRow(stepOf(closed))).toEqual(closedRow);
  });

  it('heads the row with the last event that has a renderer, not with clauses after it', () => {
    const events = stepOf({ type: 'AcksChanged', producer: 'p1', before: '1', acks: 'all' }, { type: 'PartitionCreated', topic: 't', partition: 1, replicas: [2, 3], leader: 2 });
    expect(renderRow(events).component).toBe('Producer p1');
  });

  it('says so in the action when the step is an intervention', () => {
    const events = stepOf({ type: 'InterventionApplied', detail: 'stopConsumer' }, closed);
    expect(renderRow(events).action).toBe('Intervention: Closed gracefully');
  });

  it('fails clearly on a step no event heads', () => {
    expect(() => renderRow(stepOf({ type: 'RecordReplicated', topic: 't', partition: 0, broker: 2, offset: 4 }))).toThrow('step 1 has no event that heads a row (RecordReplicated)');
  });
});

describe('renderStepRow', () => {
  it('takes the step and time from the events, and marks routine rows only', () => {
    expect(renderStepRow(at(7, 1500, closed))).toEqual({ step: 7, timeMs: 1500, ...closedRow });
    expect(renderStepRow(at(7, 1500, { type: 'LeaveGroupResponseReceived', consumer: 'c1', error: null })).routine).toBe(true);
  });
});
