import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from './jsonText';
import { formatProblems, parseScenario, parseScenarioText } from './parse';
import { minimalFile } from './testFixtures';

function problemLines(text: string): string[] {
  const result = parseScenarioText(text);
  return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
}

describe('parseScenarioText', () => {
  it('parses a valid file', () => {
    const result = parseScenarioText(JSON.stringify(minimalFile()));
    expect(result.ok).toBe(true);
  });

  it('turns a JSON syntax error into one problem with a line and column, and no stack', () => {
    const lines = problemLines('{\n  "version": 1\n  "title": "x"\n}');
    expect(lines).toEqual([
      "(file): not valid JSON at line 3, column 3: Expected ',' or '}' after property value",
    ]);
  });

  it('finds the position even when the engine does not give it', () => {
    const [line] = problemLines('{"version": x}');
    expect(line).toMatch(/^\(file\): not valid JSON at line 1, column 13: /);
    expect(line).not.toMatch(/\n| {4}at /);
  });

  it('keeps the problem on one line when the engine quotes a long stretch of the text', () => {
    // V8 cuts the quoted text with "..." at both ends: `…, ..."k", ""value,: "m"... is not valid JSON`.
    const text = `{\n "title": "t", "key": "k", ""value,: "m2"\n    },\n    {"atMs": 1500}\n}`;
    const lines = problemLines(text);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\(file\): not valid JSON at line 2, column \d+: [^\n"]+$/);
  });

  it('reports an empty file', () => {
    expect(problemLines('  \n')).toEqual(['(file): is empty: a scenario is a JSON object']);
  });

  it('ignores a byte-order mark', () => {
    expect(parseScenarioText(`\uFEFF${JSON.stringify(minimalFile())}`).ok).toBe(true);
  });

  it('validates the parsed value like parseScenario', () => {
    expect(problemLines('[]')).toEqual([
      '(file): must be a JSON object with "version", "title" and "cluster" (got a list)',
    ]);
    expect(problemLines('{"version": 1, "title": "t", "cluster": {"brokers": 0}}')).toEqual([
      'cluster.brokers: must be at least 1 (got 0)',
    ]);
  });

  it('never throws on non-string input from untyped callers', () => {
    const result = parseScenarioText(42 as unknown as string);
    expect(result.ok).toBe(false);
  });
});

describe('jsonErrorOffset', () => {
  it.each([
    ['{"a": 1}', undefined],
    ['[1, 2, {"b": [true, false, null, -1.5e3, "x\\u0041\\n"]}]', undefined],
    ['{"a": x}', 6],
    ['{"a": 1,}', 8],
    ['[1 2]', 3],
    ['"abc', 4],
    ['{"a": 1} x', 9],
    ['01', 1],
    ['', 0],
  ])('%j → %j', (text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
  });

  it('agrees with JSON.parse on what is valid', () => {
    for (const text of ['{}', '[]', '1', '"s"', '{"a":[{}]}', '{a:1}', "{'a':1}", '[,]', '-', '1.', 'tru']) {
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      expect(jsonErrorOffset(text) === undefined, text).toBe(valid);
    }
  });
});

describe('formatProblems', () => {
  it('writes one `path: message` line per problem', () => {
    expect(
      formatProblems([
        { path: 'topics[0].replicationFactor', message: '4 is more than the 3 brokers' },
        { path: '(file)', message: 'x' },
      ]),
    ).toBe('topics[0].replicationFactor: 4 is more than the 3 brokers\n(file): x');
  });
});

describe('never throws', () => {
  function deep(levels: number): unknown {
    let value: unknown = 1;
    for (let i = 0; i < levels; i++) value = [value];
    return value;
  }

  const throwing = Object.defineProperty({ version: 1, title: 't' }, 'cluster', {
    enumerable: true,
    get() {
      throw new Error('boom');
    },
  });
  const cyclic: Record<string, unknown> = { version: 1, title: 't', cluster: { brokers: 1 } };
  cyclic['x-self'] = cyclic;
  (cyclic.cluster as Record<string, unknown>).config = cyclic;
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();

  it.each([
    ['null', null],
    ['an array', [1, 2]],
    ['a number', Number.NaN],
    ['a symbol', Symbol('s')],
    ['a function', () => 1],
    ['NaN and Infinity values', { version: Number.NaN, title: 't', seed: Number.POSITIVE_INFINITY, cluster: { brokers: Number.NaN } }],
    ['huge numbers', { version: 1e308, title: 't', cluster: { brokers: 2 ** 64 }, durationMs: Number.MAX_VALUE }],
    ['NaN-like strings', { version: 'NaN', title: 'Infinity', cluster: { brokers: '1e309' } }],
    ['deep nesting', { version: 1, title: 't', cluster: deep(10000), topics: deep(10000), script: [deep(10000)] }],
    ['a cycle', cyclic],
    ['a throwing getter', throwing],
    ['a revoked proxy', revoked.proxy],
    ['a null-prototype object', Object.assign(Object.create(null), { version: 1, title: 't', cluster: { brokers: 1 } })],
    ['a __proto__ key', JSON.parse('{"version":1,"title":"t","cluster":{"brokers":1},"__proto__":{"x":1}}')],
    ['a long string', { version: 1, title: 'x'.repeat(1_000_000), cluster: { brokers: 1 } }],
    ['a long unknown key', { version: 1, title: 't', cluster: { brokers: 1, config: { ['k'.repeat(100000)]: 1 } } }],
  ])('%s', (_name, input) => {
    const result = parseScenario(input);
    if (result.ok) return;
    expect(result.problems.length).toBeGreaterThan(0);
    for (const p of result.problems) expect(p.path.length).toBeGreaterThan(0);
  });

  it('reads a null-prototype object like any other', () => {
    const input = Object.assign(Object.create(null), { version: 1, title: 't', cluster: { brokers: 1 } });
    expect(parseScenario(input).ok).toBe(true);
  });

  it('reports a throwing getter as a problem of the file', () => {
    const result = parseScenario(throwing);
    expect(result.ok || result.problems).toEqual([{ path: '(file)', message: 'could not be read: boom' }]);
  });
});
