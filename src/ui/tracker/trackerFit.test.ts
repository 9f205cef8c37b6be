import { describe, expect, it } from 'vitest';
import { type ShownValue, stepColumnsThatFit, widestWordEm, wordEm } from './trackerFit';

const plain = (...texts: string[]): ShownValue[] => texts.map((text) => ({ text, bold: false }));
const bold = (...texts: string[]): ShownValue[] => texts.map((text) => ({ text, bold: true }));

const partitionNames = ['leader', 'leader epoch', 'ISR', 'HW', 'LEO b1', 'LEO b2', 'LEO b3'];
const sendNames = ['status', 'partition', 'offset', 'message state', 'HW'];
const sendState = 'on 3 of 3 replicas of orders-0 at offset 0, committed (below the high watermark), acked, read by c1';

describe('wordEm', () => {
  it('measures digits wider than the average letter, bold wider still', () => {
    expect(wordEm('1234567')).toBeCloseTo(0.4 + 7 * 0.64);
    expect(wordEm('1234567', true)).toBeGreaterThan(wordEm('1234567'));
    expect(wordEm('abc')).toBeLessThan(wordEm('123'));
  });

  it('takes the widest word of a text, never less than the given word', () => {
    expect(widestWordEm(['on 3 of 3', null], 'Variable')).toBe(wordEm('Variable'));
    expect(widestWordEm([sendState], '0000000')).toBe(wordEm('watermark),'));
    expect(widestWordEm([sendState], '0000000', true)).toBe(wordEm('watermark),', true));
  });
});

describe('stepColumnsThatFit', () => {
  it('keeps all four seven-digit steps in the side panel at 1366×768 (361 px at 13.2 px type)', () => {
    expect(stepColumnsThatFit(361, 13.2, 4, partitionNames, [...plain('1234567', '1,2,3'), ...bold('1234568')])).toBe(4);
  });

  it('drops the oldest step in Presenter view’s side panel (432 px at 18.7 px type)', () => {
    expect(stepColumnsThatFit(432, 18.7, 4, partitionNames, plain('1234567'))).toBe(3);
  });

  it('gives a long message state, whose words never break, fewer but wider columns', () => {
    expect(stepColumnsThatFit(361, 13.2, 4, sendNames, plain(sendState))).toBe(3);
    // Drawn bold when it changed, it needs wider columns still.
    expect(stepColumnsThatFit(361, 13.2, 4, sendNames, bold(sendState))).toBe(2);
  });

  it('never asks for more width than the box has, down to two columns', () => {
    for (const box of [200, 260, 300, 361, 432, 500, 700])
      for (const font of [12, 13.2, 16, 18.7, 22]) {
        const n = stepColumnsThatFit(box, font, 4, sendNames, bold(sendState));
        const need = (cols: number) => (widestWordEm(sendNames, 'Variable', true) + cols * wordEm('watermark),', true)) * font;
        expect(n).toBeGreaterThanOrEqual(2);
        if (n > 2) expect(need(n)).toBeLessThanOrEqual(box);
        if (n < 4) expect(need(n + 1)).toBeGreaterThan(box);
      }
  });

  it('shows every step before the box is measured, and never more steps than there are', () => {
    expect(stepColumnsThatFit(0, 13, 4)).toBe(4);
    expect(stepColumnsThatFit(2000, 13, 3)).toBe(3);
    expect(stepColumnsThatFit(2000, 13, 1)).toBe(1);
  });
});
