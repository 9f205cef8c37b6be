import { describe, expect, it } from 'vitest';
import { clampStep, embedParamsOf } from './embedParams';

describe('embedParamsOf', () => {
  it('is null unless embed=1', () => {
    expect(embedParamsOf('?scenario=first-message')).toBeNull();
    expect(embedParamsOf('?embed=0')).toBeNull();
  });

  it('reads from and to, ignoring what is not a step or an empty range', () => {
    expect(embedParamsOf('?embed=1&from=5&to=40')).toEqual({ from: 5, to: 40 });
    expect(embedParamsOf('?embed=1&from=-2&to=abc')).toEqual({ from: 0, to: null });
    expect(embedParamsOf('?embed=1&from=50&to=40')).toEqual({ from: 50, to: null });
  });

  it('clamps a step into the range', () => {
    const range = { from: 5, to: 40 };
    expect([0, 5, 20, 40, 90].map((s) => clampStep(s, range))).toEqual([5, 5, 20, 40, 40]);
    expect(clampStep(900, { from: 5, to: null })).toBe(900);
  });
});
