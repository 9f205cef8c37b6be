import { describe, expect, it } from 'vitest';
import type { SimEvent, SimEventType } from '../../engine/view.types';
import { describeMatcher, findEvent, latestReached, resolveEvent } from './resolveEvent';

const ev = (step: number, type: SimEventType, extra: Partial<SimEvent> = {}): SimEvent => ({ step, type, timeMs: step * 10, ...extra }) as SimEvent;
const events: SimEvent[] = [
  ev(1, 'RecordAppended', { topic: 'orders', partition: 0, offset: 0, broker: 1 }),
  ev(1, 'HighWatermarkAdvanced', { topic: 'orders', partition: 0, offset: 1, broker: 1 }),
  ev(2, 'RecordAppended', { topic: 'orders', partition: 1, offset: 0, broker: 2 }),
  ev(3, 'BrokerCrashed', { broker: 1 }),
  ev(4, 'HighWatermarkAdvanced', { topic: 'orders', partition: 0, offset: 2, broker: 2 }),
];

describe('resolveEvent', () => {
  it('finds the first event of a type by default', () => {
    expect(resolveEvent(events, { type: 'RecordAppended' })).toBe(1);
  });

  it('filters on the fields it names and counts nth among matches', () => {
    expect(resolveEvent(events, { type: 'RecordAppended', partition: 1 })).toBe(2);
    expect(resolveEvent(events, { type: 'HighWatermarkAdvanced', topic: 'orders', partition: 0, nth: 2 })).toBe(4);
    expect(resolveEvent(events, { type: 'HighWatermarkAdvanced', offset: 2 })).toBe(4);
  });

  it('returns null when the run has no such event', () => {
    expect(resolveEvent(events, { type: 'LeaderElected' })).toBeNull();
    expect(resolveEvent(events, { type: 'RecordAppended', nth: 3 })).toBeNull();
    expect(resolveEvent(events, { type: 'HighWatermarkAdvanced', after: { type: 'LeaderElected' } })).toBeNull();
  });

  it('"after" counts in event order, so a later event of the same step matches', () => {
    expect(resolveEvent(events, { type: 'HighWatermarkAdvanced', after: { type: 'RecordAppended' } })).toBe(1);
    expect(resolveEvent(events, { type: 'HighWatermarkAdvanced', after: { type: 'BrokerCrashed', broker: 1 } })).toBe(4);
    expect(findEvent(events, { type: 'RecordAppended', after: { type: 'RecordAppended' } })?.partition).toBe(1);
  });

  it('describes a matcher in words', () => {
    expect(describeMatcher({ type: 'HighWatermarkAdvanced', topic: 'orders', partition: 0, nth: 2 })).toBe('the second HighWatermarkAdvanced of orders-0');
    expect(describeMatcher({ type: 'LeaderElected', after: { type: 'BrokerCrashed', broker: 1 } })).toBe('the first LeaderElected after the first BrokerCrashed of broker 1');
  });
});

describe('latestReached', () => {
  it('picks the item with the latest step not after the current one, the later item on ties', () => {
    const items = [{ step: 5 }, { step: null }, { step: 2 }, { step: 5 }, { step: 9 }];
    expect(latestReached(items, 1)).toBeNull();
    expect(latestReached(items, 4)).toBe(2);
    expect(latestReached(items, 5)).toBe(3);
    expect(latestReached(items, 100)).toBe(4);
  });
});
