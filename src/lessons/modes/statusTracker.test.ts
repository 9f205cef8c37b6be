import { describe, expect, it } from 'vitest';
import type { SimEventType } from '../../engine/view.types';
import { findLesson } from '../index';
import { lessonRun } from '../lessonRun.testkit';
import type { Lesson } from '../types';
import { resolveEvent } from './resolveEvent';
import { defaultFocus, statusTracker } from './statusTracker';

const lesson = findLesson('first-message') as Lesson;
const run = lessonRun(lesson);
const at = (type: SimEventType) => resolveEvent(run.events, { type }) as number;
const steps = [0, at('RecordSent'), at('RecordAppended'), at('ProduceAcked'), at('RecordsPolled'), at('OffsetsCommitted')];
const table = statusTracker(steps.map((step) => ({ step, view: run.viewAt(step) })));
const row = (name: string) => table.variables.find((v) => v.name === name)?.cells;

describe('statusTracker', () => {
  it('follows the first send, its partition and the consumer reading it by default', () => {
    expect(table.focus).toEqual({ producer: 'p1', sendIndex: 0, topic: 'topic1', partition: 0, consumer: 'c1' });
    expect(defaultFocus(run.finalView)).toEqual(table.focus);
  });

  it('has one column per step, labelled like the seeds', () => {
    expect(table.columns.map((c) => c.label)).toEqual(['Start', ...steps.slice(1).map((s) => `After step ${s}`)]);
  });

  it("tells the message's life: created, stored and committed, acknowledged, read", () => {
    expect(row('message')).toEqual([
      'not sent yet',
      "'Hello Kafka' on its way to the leader",
      "'Hello Kafka' stored at offset 0, committed",
      "'Hello Kafka' stored at offset 0, committed, acknowledged",
      "'Hello Kafka' stored at offset 0, committed, acknowledged, read by c1",
      "'Hello Kafka' stored at offset 0, committed, acknowledged, read by c1",
    ]);
  });

  it('tracks the offset, LEO, HW, ISR, leader, position and committed offset', () => {
    expect(row('offset')).toEqual(['—', '—', '—', '0', '0', '0']);
    expect(row('LEO (topic1-0 leader)')).toEqual(['0', '0', '1', '1', '1', '1']);
    expect(row('HW (topic1-0)')).toEqual(['0', '0', '1', '1', '1', '1']);
    expect(row('ISR')?.every((c) => c === '{1}')).toBe(true);
    expect(row('leader')?.every((c) => c === 'broker 1')).toBe(true);
    expect(row('position (c1)')).toEqual(['—', '0', '0', '0', '1', '1']);
    expect(row('committed offset')).toEqual(['—', '—', '—', '—', '—', '1']);
  });

  it('shows a lost write as acknowledged but no longer in the log', () => {
    const broken = lessonRun(findLesson('break-a-broker') as Lesson);
    const elected = resolveEvent(broken.events, { type: 'LeaderElected' }) as number;
    const t = statusTracker([{ step: elected, view: broken.viewAt(elected) }], { producer: 'p1', sendIndex: 3, topic: 'orders', partition: 0 });
    expect(t.variables[0].cells).toEqual(["'order-3' acknowledged, but no longer in the log"]);
    expect(t.variables.find((v) => v.name === 'leader')?.cells).toEqual(['broker 2']);
  });

  it('is empty for no history', () => {
    expect(statusTracker([])).toEqual({ focus: {}, columns: [], variables: [] });
  });
});
