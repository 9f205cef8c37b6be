import { describe, expect, it } from 'vitest';
import { createFastPacer } from './fastPacing';

describe('createFastPacer', () => {
  it('rests after an answer as long as the chunk took', () => {
    const pacer = createFastPacer();
    expect(pacer.resting(0)).toBe(false);
    pacer.asked(100);
    pacer.answered(130);
    expect(pacer.resting(130)).toBe(true);
    expect(pacer.resting(159)).toBe(true);
    expect(pacer.resting(160)).toBe(false);
  });

  it('rests a share of the chunk time when asked to', () => {
    const pacer = createFastPacer(0.5);
    pacer.asked(0);
    pacer.answered(40);
    expect(pacer.resting(59)).toBe(true);
    expect(pacer.resting(60)).toBe(false);
  });

  it('ignores an answer it did not ask for (a seek, a step by hand)', () => {
    const pacer = createFastPacer();
    pacer.answered(500);
    expect(pacer.resting(500)).toBe(false);
    pacer.asked(600);
    pacer.answered(620);
    pacer.answered(700);
    expect(pacer.resting(641)).toBe(false);
  });

  it('starts a new play at once', () => {
    const pacer = createFastPacer();
    pacer.asked(0);
    pacer.answered(50);
    pacer.reset();
    expect(pacer.resting(60)).toBe(false);
  });
});
