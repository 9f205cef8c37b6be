import { describe, expect, it } from 'vitest';
import { RowLog } from './rowLog';
import type { StepRow } from './view.types';

const row = (step: number): StepRow => {
  const r: StepRow = { step, timeMs: step * 1.5, component: `Broker ${step % 7}`, action: `act → ${step}`, messageState: step % 3 ? 'Replica updated' : '', output: `out ${'x'.repeat(step % 11)}` };
  if (step % 4 === 0) r.routine = true;
  return r;
};

describe('RowLog', () => {
  it('gives back every row as pushed, across sealed blocks and the open one', () => {
    const log = new RowLog();
    const rows = Array.from({ length: 2500 }, (_, i) => row(i + 1));
    for (const r of rows) log.push(r);
    expect(log.length).toBe(2500);
    expect(log.slice(0, 2500)).toEqual(rows);
    expect(log.get(1023)).toEqual(rows[1023]);
    expect(log.get(2500)).toBeUndefined();
    expect(log.slice(-5, 3)).toEqual(rows.slice(0, 3));
  });

  it('truncates into a sealed block and appends after it as if the rest never was', () => {
    const log = new RowLog();
    for (let s = 1; s <= 3000; s++) log.push(row(s));
    log.truncate(1500);
    expect(log.length).toBe(1500);
    for (let s = 1501; s <= 2100; s++) log.push({ ...row(s), output: 'forked' });
    expect(log.length).toBe(2100);
    expect(log.get(1499)).toEqual(row(1500));
    expect(log.get(1500)).toEqual({ ...row(1501), output: 'forked' });
    expect(log.slice(2048, 2100).every((r) => r.output === 'forked')).toBe(true);
  });
});
