// Seeded mutation fuzzing: take valid files, break them in random ways, and check that parsing
// never throws, that every failure explains itself with a path, and that every success still
// round-trips through toScenarioFile.
import { describe, expect, it } from 'vitest';
import { nextFloat } from '../engine/core/prng';
import { type Container, slots } from '../fuzz/mutate';
import { parseScenario, parseScenarioText } from './parse';
import { toScenarioFile } from './serialize';
import { nonDefaultFile, specExampleFile } from './testFixtures';

/** The engine's own seeded PRNG, so a failing iteration can be replayed from its seed. */
function prng(seed: number): () => number {
  const holder = { rng: seed >>> 0 };
  return () => nextFloat(holder);
}

type Random = () => number;

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];

function nested(levels: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < levels; i++) value = { v: [value] };
  return value;
}

const WEIRD: readonly unknown[] = [
  null, undefined, true, false, '', ' ', 'NaN', 'Infinity', '-1', '1e309', '0x10', 'all', 'broker-1',
  0, -1, 1, 1.5, -0.5, 2 ** 31, 2 ** 53, 2 ** 64, 1e308, -1e308, Number.NaN, Number.POSITIVE_INFINITY,
  [], [[]], [1, 2, 3], {}, { do: 'heal' }, 'x'.repeat(300), nested(200),
];


function mutate(root: Container, random: Random): void {
  const [node, key] = pick(random, slots(root));
  const record = node as Record<string | number, unknown>;
  const value = record[key];
  switch (pick(random, ['delete', 'weird', 'retype', 'range', 'extraKey', 'duplicate'] as const)) {
    case 'delete':
      if (Array.isArray(node)) node.splice(key as number, 1);
      else delete record[key];
      break;
    case 'weird':
      record[key] = pick(random, WEIRD);
      break;
    case 'retype':
      record[key] = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.length : [value];
      break;
    case 'range':
      record[key] = typeof value === 'number' ? pick(random, [value + 1, value - 1, -value, value * 1000, value + 0.5]) : 10 ** 9;
      break;
    case 'extraKey':
      if (!Array.isArray(node)) record[pick(random, ['extra', 'x-ok', 'acks', 'do', 'min.insync.replica'])] = 1;
      break;
    case 'duplicate':
      if (Array.isArray(node)) node.push(structuredClone(value));
      break;
  }
}

describe('seeded mutation fuzzing', () => {
  it('never throws, explains every failure, and round-trips every success (500 mutants)', () => {
    const random = prng(20241121);
    let accepted = 0;
    let refused = 0;
    for (let iteration = 0; iteration < 500; iteration++) {
      const file = iteration % 2 === 0 ? specExampleFile() : nonDefaultFile();
      const mutations = 1 + Math.floor(random() * 3);
      for (let m = 0; m < mutations; m++) mutate(file, random);

      const result = parseScenario(file);
      if (result.ok) {
        accepted++;
        expect(parseScenario(toScenarioFile(result.scenario)), `iteration ${iteration}`).toStrictEqual(result);
      } else {
        refused++;
        expect(result.problems.length, `iteration ${iteration}`).toBeGreaterThan(0);
        for (const problem of result.problems) {
          expect(problem.path.length, `iteration ${iteration}`).toBeGreaterThan(0);
          expect(problem.message.length, `iteration ${iteration}`).toBeGreaterThan(0);
        }
      }
      // The same mutant as text (undefined values drop out, NaN becomes null).
      const asText = parseScenarioText(JSON.stringify(file));
      expect(asText.ok || asText.problems.length > 0).toBe(true);
    }
    // Both outcomes must occur, or the fuzzer is not exercising the parser.
    expect(accepted).toBeGreaterThan(10);
    expect(refused).toBeGreaterThan(100);
  });

  it('never throws on random bytes as text', () => {
    const random = prng(7);
    const alphabet = '{}[]":,0123456789-.eE truefalsnl\\u\n';
    for (let i = 0; i < 500; i++) {
      const length = Math.floor(random() * 40);
      let text = '';
      for (let c = 0; c < length; c++) text += pick(random, [...alphabet]);
      const result = parseScenarioText(text);
      expect(result.ok || result.problems.every((p) => p.path !== '')).toBe(true);
    }
  });
});
