import { describe, expect, it } from 'vitest';
import { formatProblems, parseScenario } from './parse';
import { toScenarioFile } from './serialize';
import { minimalFile, nonDefaultFile, specExampleFile } from './testFixtures';
import type { Scenario } from './types';

function scenarioOf(file: unknown): Scenario {
  const result = parseScenario(file);
  if (!result.ok) throw new Error(formatProblems(result.problems));
  return result.scenario;
}

const fixtures = { minimal: minimalFile, specExample: specExampleFile, nonDefault: nonDefaultFile };

describe('toScenarioFile', () => {
  describe.each(Object.entries(fixtures))('%s', (_name, fixture) => {
    it.each([false, true])('round-trips to an equal Scenario (includeDefaults: %s)', (includeDefaults) => {
      const scenario = scenarioOf(fixture());
      const file = toScenarioFile(scenario, { includeDefaults });
      expect(scenarioOf(file)).toStrictEqual(scenario);
    });

    it('survives JSON text, as in an exported file or a share link', () => {
      const scenario = scenarioOf(fixture());
      const text = JSON.stringify(toScenarioFile(scenario));
      expect(scenarioOf(JSON.parse(text))).toStrictEqual(scenario);
    });
  });

  it('leaves every default out by default', () => {
    expect(toScenarioFile(scenarioOf(minimalFile()))).toEqual({ version: 1, title: 'Minimal', cluster: { brokers: 3 } });
  });

  it('writes every setting with its Kafka name when asked to', () => {
    const file = toScenarioFile(scenarioOf(minimalFile()), { includeDefaults: true }) as unknown as Record<string, unknown>;
    const cluster = file.cluster as { config: Record<string, unknown> };
    expect(cluster.config['leader.imbalance.check.interval.seconds']).toBe(300);
    expect(Object.keys(cluster.config)).toHaveLength(13);
    expect(file).toMatchObject({ seed: 1, durationMs: 60000, description: '', topics: [], script: [] });
  });

  it('writes the script back in file order', () => {
    const file = toScenarioFile(scenarioOf(specExampleFile()));
    expect(file.script?.map((a) => a.atMs)).toEqual((specExampleFile().script as { atMs: number }[]).map((a) => a.atMs));
  });

  it('keeps an explicit enable.idempotence=false that acks=all would otherwise turn on', () => {
    const scenario = scenarioOf({ ...minimalFile(), producers: [{ id: 'p', config: { 'enable.idempotence': false } }] });
    expect(toScenarioFile(scenario).producers).toEqual([{ id: 'p', config: { 'enable.idempotence': false } }]);
  });

  it('leaves out the idempotence Kafka disables by itself with acks=1', () => {
    const scenario = scenarioOf({ ...minimalFile(), producers: [{ id: 'p', config: { acks: 1 } }] });
    expect(toScenarioFile(scenario).producers).toEqual([{ id: 'p', config: { acks: '1' } }]);
  });

  it('writes a topic min.insync.replicas only when it differs from the brokers', () => {
    const scenario = scenarioOf({
      ...minimalFile(),
      cluster: { brokers: 3, config: { 'min.insync.replicas': 2 } },
      topics: [
        { name: 'same', partitions: 1, replicationFactor: 3 },
        { name: 'own', partitions: 1, replicationFactor: 3, config: { 'min.insync.replicas': 1 } },
      ],
    });
    expect(toScenarioFile(scenario).topics).toEqual([
      { name: 'same', partitions: 1, replicationFactor: 3 },
      { name: 'own', partitions: 1, replicationFactor: 3, config: { 'min.insync.replicas': 1 } },
    ]);
  });

  it('accepts a Scenario built in code without action indexes', () => {
    const scenario = scenarioOf(specExampleFile());
    const built = { ...scenario, script: scenario.script.map(({ index: _index, ...a }) => a) };
    const again = scenarioOf(toScenarioFile(built));
    expect(again.script.map(({ index: _index, ...a }) => a)).toStrictEqual(built.script);
  });
});
