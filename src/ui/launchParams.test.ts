import { describe, expect, it } from 'vitest';
import { readLaunchParams } from './launchParams';

describe('readLaunchParams', () => {
  it('reads seed and step', () => {
    expect(readLaunchParams('?seed=7&step=120')).toEqual({ scenario: undefined, seed: 7, step: 120 });
  });
  it('ignores what is not a non-negative integer', () => {
    expect(readLaunchParams('?seed=-1&step=abc')).toEqual({ scenario: undefined, seed: undefined, step: undefined });
  });
  it('keeps the lesson id for later', () => {
    expect(readLaunchParams('?scenario=leader-dies').scenario).toBe('leader-dies');
  });
});
