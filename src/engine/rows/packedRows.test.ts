// Rows are rendered from stored events, and the event log packs them (history/packedSteps.ts) when
// it has a budget, as in the app; the runner keeps them as they are. Either way a row must read the
// same: every scenario file's rows, rendered from packed events, equal those from events kept whole.
// Each file plays on (up to 3,000 steps) so that its first block of 1,024 steps, where its story
// is, is packed; a few end sooner.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../fidelity/scenarioFixture.testkit';
import { createSimulation } from '../index';

const DIRS = ['reference', 'consumers', 'lessons'];
const files = DIRS.flatMap((dir) => readdirSync(join(__dirname, '../../../scenarios', dir)).filter((f) => f.endsWith('.json')).map((f) => `${dir}/${f}`));

describe('rows rendered from packed events', { timeout: 60_000 }, () => {
  const packedFiles = new Set<string>();
  it.each(files)('%s: the same as from events kept whole', (file) => {
    const scenario = () => loadScenario(file, (raw) => {
      raw.durationMs = Math.max(raw.durationMs as number, 120_000);
    });
    const packed = createSimulation(scenario());
    const whole = createSimulation(scenario(), undefined, { history: { eventBytes: Number.POSITIVE_INFINITY } });
    packed.runToEnd(3000);
    whole.runToEnd(3000);
    if (packed.historyHeld.eventBytes > 0) packedFiles.add(file);
    expect(JSON.stringify(packed.rows(1, packed.stepCount))).toBe(JSON.stringify(whole.rows(1, whole.stepCount)));
  });

  it('packed the events of most files (the check above is not vacuous)', () => {
    expect(packedFiles.size).toBeGreaterThan(files.length / 2);
  });
});
