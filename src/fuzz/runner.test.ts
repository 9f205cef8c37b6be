// Fuzzing the headless runner with seeded mutants of every shipped scenario file: each is played
// (valid JSON out) or rejected (one line per problem, each naming a field), never a crash, a stack
// trace or a hang. A failing mutant is replayed from its file name and seed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioCorpus } from './corpus';
import { type Mutant, mutateScenario } from './mutate';
import { type Outcome, playBounded } from './playBounded';

const SEEDS_PER_FILE = 24;
const UNTIL_MS = 60_000;
const MAX_STEPS = 20_000;
/** `path: message` on one line; the path's first part is "(file)" or a field written in the file. */
const PROBLEM_LINE = /^(?<path>[^\s][^\n]*?): [^\n]+$/;
const FILE_KEYS = new Set(['version', 'title', 'description', 'seed', 'durationMs', 'cluster', 'topics', 'producers', 'consumers', 'script']);
const namesAField = (path: string, text: string) => {
  // A key may itself hold dots ("min.insync.replicas"): try each prefix that ends before a . or [.
  const ends = [...path.matchAll(/[.[]/g)].map((m) => m.index).concat(path.length);
  return path === '(file)' || FILE_KEYS.has(path.slice(0, ends[0])) || ends.some((end) => end > 0 && text.includes(JSON.stringify(path.slice(0, end))));
};

interface Case {
  name: string;
  mutant: Mutant;
  outcome: Outcome;
}

const corpus = scenarioCorpus();
const cases: Case[] = corpus.flatMap(({ name, file }, f) =>
  Array.from({ length: SEEDS_PER_FILE }, (_, i) => {
    const mutant = mutateScenario(file, 1000 * (f + 1) + i);
    return { name, mutant, outcome: playBounded(mutant.text, UNTIL_MS, MAX_STEPS) };
  }),
);
const label = (c: Case) => `${c.name} seed ${c.mutant.seed} (${c.mutant.ops.join(', ')})`;

describe(`runner fuzzing: ${cases.length} mutants of ${corpus.length} scenario files`, () => {
  it('plays or rejects every mutant, and both happen', () => {
    for (const c of cases) if (c.outcome.kind === 'crashed') expect.fail(`${label(c)} crashed: ${c.outcome.error}`);
    const played = cases.filter((c) => c.outcome.kind === 'played').length;
    expect(played, 'some mutants stay valid').toBeGreaterThan(cases.length / 10);
    expect(cases.length - played, 'most mutants are refused').toBeGreaterThan(cases.length / 3);
  });

  it('explains every rejection with one line per problem, each naming a field', () => {
    for (const c of cases) {
      if (c.outcome.kind !== 'rejected') continue;
      expect(c.outcome.lines.length, label(c)).toBeGreaterThan(0);
      for (const line of c.outcome.lines) {
        expect(line, label(c)).toMatch(PROBLEM_LINE);
        expect(namesAField(PROBLEM_LINE.exec(line)!.groups!.path, c.mutant.text), `${label(c)}: ${line}`).toBe(true);
        expect(line, label(c)).not.toMatch(/\bat .+:\d+:\d+/);
      }
    }
  });

  it('prints a valid JSON document for every mutant it plays, with no invariant broken', () => {
    for (const c of cases) {
      if (c.outcome.kind !== 'played') continue;
      const doc = JSON.parse(c.outcome.json) as { steps: number; title: unknown };
      expect(doc.steps, label(c)).toBe(c.outcome.steps);
      expect(typeof doc.title, label(c)).toBe('string');
      expect(c.outcome.invariantViolations, label(c)).toEqual([]);
    }
  });
});

describe('the runner itself (npm run sim) on a few mutants', () => {
  it('exits 0 with one JSON document, or 2 with the same problem lines, bounded by --until', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kafkascope-fuzz-'));
    // Light mutants only: the runner has no step bound, and a valid mutant may ask for 100,000 sends.
    const played = cases.filter((c) => c.outcome.kind === 'played' && c.outcome.steps < 2000).slice(0, 3);
    const rejected = cases.filter((c) => c.outcome.kind === 'rejected').slice(0, 3);
    for (const c of [...played, ...rejected]) {
      const path = join(dir, `mutant-${c.mutant.seed}.json`);
      writeFileSync(path, c.mutant.text);
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/sim.ts', path, '--until', String(UNTIL_MS)], {
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(run.error, label(c)).toBeUndefined();
      if (c.outcome.kind === 'played') {
        expect({ status: run.status, stderr: run.stderr }, label(c)).toEqual({ status: 0, stderr: '' });
        expect(() => JSON.parse(run.stdout), label(c)).not.toThrow();
      } else if (c.outcome.kind === 'rejected') {
        expect({ status: run.status, stdout: run.stdout }, label(c)).toEqual({ status: 2, stdout: '' });
        expect(run.stderr.trimEnd().split('\n'), label(c)).toEqual(c.outcome.lines);
      }
    }
  }, 120_000);
});
