// The consumer's and the group coordinator's row events carry data, not sentences: their rows are
// told by rows/consumer.ts, rows/group.ts and rows/clientNotes.ts. Every scenario file with
// consumers is played, and every string in those events checked for a sentence's spaces.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONSUMER_ROW_EVENT_FIELDS } from '../consumerRowEvents';
import { loadScenario } from '../fidelity/scenarioFixture.testkit';
import { createSimulation } from '../index';

const DIRS = ['reference', 'consumers', 'lessons'];
const files = DIRS.flatMap((dir) => readdirSync(join(__dirname, '../../../scenarios', dir)).filter((f) => f.endsWith('.json')).map((f) => `${dir}/${f}`));
const CONSUMER_TYPES = new Set<string>(Object.keys(CONSUMER_ROW_EVENT_FIELDS));

/** Fields whose strings may hold spaces: records' values (the user's data). */
const FREE_TEXT = new Set(['values']);

/** Collects in out the paths to the strings with spaces in an event's fields. */
function sentences(value: unknown, path: string, out: string[]): void {
  if (typeof value === 'string') {
    if (value.includes(' ')) out.push(`${path}: ${value}`);
  } else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) sentences(v, `${path}[${i}]`, out);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (!FREE_TEXT.has(k)) sentences(v, `${path}.${k}`, out);
  }
}

describe('consumer row events carry data, not sentences', { timeout: 60_000 }, () => {
  it.each(files)('%s', (file) => {
    const sim = createSimulation(loadScenario(file), undefined, { history: { eventBytes: Number.POSITIVE_INFINITY } });
    sim.runToEnd(3000);
    const found: string[] = [];
    for (const step of sim.storedEvents(1, sim.stepCount)) {
      for (const e of step) if (CONSUMER_TYPES.has(e.type)) sentences(e, `step ${e.step} ${e.type}`, found);
    }
    expect(found.slice(0, 5)).toEqual([]);
  });
});
