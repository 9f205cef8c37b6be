import { describe, expect, it } from 'vitest';
import { defaultScenarioFile } from '../lessons/defaultScenario';
import { lessons } from '../lessons';
import { parseScenario } from '../scenario/parse';
import { toScenarioFile } from '../scenario/serialize';
import type { ScenarioProblem } from '../scenario/types';
import { emptyAction, fieldPaths, fileFromModel, modelFromFile, numberOrText, problemsFor, unplacedProblems, withActionKind } from './editorModel';

const parsed = (file: unknown) => {
  const r = parseScenario(file);
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return r.scenario;
};
const problemsOf = (file: unknown): ScenarioProblem[] => {
  const r = parseScenario(file);
  return r.ok ? [] : r.problems;
};

describe('editor model ↔ scenario file', () => {
  const files: [string, unknown][] = [['default', defaultScenarioFile], ...lessons.map((l): [string, unknown] => [l.id, l.scenario])];
  it.each(files)('%s: an untouched form gives back the same scenario', (_id, file) => {
    expect(parsed(fileFromModel(modelFromFile(file)))).toEqual(parsed(file));
  });

  it('also from a written-back file (export), keeping lesson keys it does not show', () => {
    const file = {
      ...toScenarioFile(parsed(defaultScenarioFile)),
      lesson: { id: 'x' },
      narration: [{ event: { type: 'RecordAppended' }, text: 'Hi' }],
    };
    const back = fileFromModel(modelFromFile(file));
    expect(back.lesson).toEqual({ id: 'x' });
    expect(back.narration).toEqual(file.narration);
    expect(parsed(back)).toEqual(parsed(file));
  });

  it('writes what the teacher changed', () => {
    const m = modelFromFile(defaultScenarioFile);
    const edited = {
      ...m,
      brokers: '2',
      unclean: true,
      topics: [
        {
          ...m.topics[0],
          partitions: '2',
          replicationFactor: '2',
          minInsync: '1',
        },
      ],
      producers: [{ ...m.producers[0], acks: '1', idempotence: 'false', lingerMs: '0' }],
      consumers: m.consumers.map((c) => ({
        ...c,
        assignor: 'roundrobin',
        offsetReset: 'latest',
      })),
      script: [withActionKind({ ...emptyAction(), atMs: '100' }, 'crashBroker')],
    };
    edited.script[0].fields.broker = '2';
    const s = parsed(fileFromModel(edited));
    expect(s.cluster.brokers).toBe(2);
    expect(s.cluster.config.uncleanLeaderElectionEnable).toBe(true);
    expect(s.topics[0]).toMatchObject({
      partitions: 2,
      replicationFactor: 2,
      config: { minInsyncReplicas: 1 },
    });
    expect(s.producers[0].config).toMatchObject({
      acks: '1',
      enableIdempotence: false,
      lingerMs: 0,
    });
    expect(s.consumers[0].config).toMatchObject({
      partitionAssignmentStrategy: 'roundrobin',
      autoOffsetReset: 'latest',
    });
    expect(s.script).toEqual([{ atMs: 100, do: 'crashBroker', broker: 2, index: 0 }]);
  });

  it('keeps a half-typed value as text, so the parser names it at the field', () => {
    expect(numberOrText(' 12 ')).toBe(12);
    expect(numberOrText('')).toBeUndefined();
    expect(numberOrText('12a')).toBe('12a');
    const m = modelFromFile(defaultScenarioFile);
    const bad = { ...m, topics: [{ ...m.topics[0], partitions: 'two' }] };
    const problems = problemsOf(fileFromModel(bad));
    expect(problemsFor(problems, 'topics[0].partitions').map((p) => p.message)).toEqual(['must be a number (got "two")']);
    expect(unplacedProblems(problems, bad)).toEqual([]);
  });

  it('places every problem of a field on that field, and lists the rest with their path', () => {
    const m = modelFromFile(defaultScenarioFile);
    const bad = {
      ...m,
      consumers: [{ ...m.consumers[0], topics: 'orders, nope' }],
      rest: { ...m.rest, 'bogus-key': 1 },
    };
    const problems = problemsOf(fileFromModel(bad));
    expect(problemsFor(problems, 'consumers[0].topics').map((p) => p.path)).toEqual(['consumers[0].topics[1]']);
    expect(unplacedProblems(problems, bad).map((p) => p.path)).toEqual(['bogus-key']);
    expect(fieldPaths(bad)).toContain('script[3].value');
  });

  it('switching an action keeps the fields the two kinds share', () => {
    const a = withActionKind(
      {
        atMs: '5',
        do: 'produce',
        fields: { producer: 'p1', topic: 'orders', value: 'v' },
      },
      'flush',
    );
    expect(a).toEqual({ atMs: '5', do: 'flush', fields: { producer: 'p1' } });
  });
});
