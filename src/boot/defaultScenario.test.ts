import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultScenarioJson } from './defaultScenarioJson';

describe('the pre-parsed default scenario', () => {
  it('equals the parsed src/lessons/defaultScenario.ts (else run `npx tsx src/boot/writeDefaultScenario.ts`)', () => {
    const held = readFileSync(new URL('./defaultScenario.json', import.meta.url), 'utf8');
    expect(held).toBe(defaultScenarioJson());
  });
});
