import { describe, expect, it } from 'vitest';
import { EventLog } from './eventLog';
import type { SimEvent } from './view.types';

const eventsOf = (step: number): SimEvent[] =>
  Array.from({ length: step % 3 }, (_, k) => k
    ? { type: 'RecordAppended', step, timeMs: step * 2, topic: 'orders', partition: k, broker: 1, producer: 'p1', offset: step }
    : { type: 'HighWatermarkAdvanced', step, timeMs: step * 2, topic: 'orders', partition: k, broker: 1, offset: step, from: step - 1, detail: `${step - 1}→${step}` });

describe('EventLog', () => {
  it('gives back the events of any range of steps, across sealed blocks and the open one', () => {
    const log = new EventLog();
    for (let s = 1; s <= 2600; s++) log.push(eventsOf(s));
    expect(log.length).toBe(2600);
    const all = Array.from({ length: 2600 }, (_, i) => eventsOf(i + 1)).flat();
    expect(log.slice(0, 2600)).toEqual(all);
    expect(log.slice(1020, 1030)).toEqual(Array.from({ length: 10 }, (_, i) => eventsOf(1021 + i)).flat());
    expect(log.slice(2599, 5000)).toEqual(eventsOf(2600));
  });

  it('truncates into a sealed block and appends after it as if the rest never was', () => {
    const log = new EventLog();
    for (let s = 1; s <= 3000; s++) log.push(eventsOf(s));
    log.truncate(1100);
    log.push([{ type: 'LinkCut', step: 1101, timeMs: 0, detail: 'broker-1|broker-2', node: 'broker-1', peer: 'broker-2' }]);
    expect(log.length).toBe(1101);
    expect(log.slice(1098, 1101)).toEqual([...eventsOf(1099), ...eventsOf(1100), { type: 'LinkCut', step: 1101, timeMs: 0, detail: 'broker-1|broker-2', node: 'broker-1', peer: 'broker-2' }]);
  });

  it('holds far fewer bytes than the events as JSON, and gives them back exactly', () => {
    const log = new EventLog();
    const steps = Array.from({ length: 2048 }, (_, i) => eventsOf(i + 1));
    for (const s of steps) log.push(s);
    expect(log.range(0, 2048)).toStrictEqual(steps);
    expect(log.bytes).toBeLessThan(JSON.stringify(steps).length / 4);
  });

  it('keeps a block holding a value it cannot pack as it is (a Map in an event, say)', () => {
    const log = new EventLog();
    const odd = { type: 'LinkCut', step: 5, timeMs: 0, detail: 'x', node: 'a', peer: 'b', links: new Map([[1, 2]]) } as SimEvent;
    for (let s = 1; s <= 1030; s++) log.push(s === 5 ? [odd] : eventsOf(s));
    expect(log.get(4)).toEqual([odd]);
    expect(log.get(4)![0]).toBe(odd);
    expect(log.get(1000)).toStrictEqual(eventsOf(1001));
    expect(log.bytes).toBeGreaterThan(0);
  });
});
