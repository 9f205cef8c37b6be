// Story: a teacher imports whatever file a student sends. Thirty seeded mutants of the shipped
// scenario files go through "Import scenario": each is loaded, or refused with an alert naming the
// field while the open simulation stays as it was; never an uncaught error, a console error or a
// frozen tab. The expected outcome of each comes from the same parser, run here in node.
import { expect, test } from '@playwright/test';
import { scenarioCorpus } from '../src/fuzz/corpus';
import { mutateScenario } from '../src/fuzz/mutate';
import { parseScenarioText } from '../src/scenario/parse';
import { KafkaScopePage } from './pages/KafkaScopePage';

const VALID = 10;
const INVALID = 20;

function pickMutants() {
  const corpus = scenarioCorpus();
  const valid: { name: string; text: string; title: string }[] = [];
  const invalid: { name: string; text: string; path: string }[] = [];
  for (let seed = 1; valid.length < VALID || invalid.length < INVALID; seed++) {
    const source = corpus[seed % corpus.length];
    // A unique title, so a loaded mutant is told apart from the one before it.
    const file = { ...(source.file as object), title: `Fuzz ${seed} ${(source.file as { title: string }).title}` };
    const { text } = mutateScenario(file, 7000 + seed);
    const name = `mutant-${seed}.json`;
    const parsed = parseScenarioText(text);
    if (parsed.ok && valid.length < VALID) valid.push({ name, text, title: parsed.scenario.title });
    else if (!parsed.ok && invalid.length < INVALID) invalid.push({ name, text, path: parsed.problems[0].path });
  }
  return { valid, invalid };
}

test('thirty mutated scenario files are loaded or refused, never break the page', async ({ page }) => {
  test.setTimeout(90_000);
  const app = new KafkaScopePage(page);
  await app.goto('?step=5');
  const heading = page.getByRole('heading', { level: 1 });
  const input = page.getByLabel('Import scenario');
  const { valid, invalid } = pickMutants();
  const mutants = [...valid.map((m) => ({ ...m, ok: true as const })), ...invalid.map((m) => ({ ...m, ok: false as const }))];
  // Interleaved, so a refusal follows a fresh load as often as another refusal.
  mutants.sort((a, b) => a.name.localeCompare(b.name));

  for (const m of mutants) {
    const title = await heading.textContent();
    const step = await app.step();
    await input.setInputFiles({ name: m.name, mimeType: 'application/json', buffer: Buffer.from(m.text) });
    if (m.ok) {
      // Plain titles are checked whole; a mutated one (markup, control characters) by its change.
      if (/^[\x20-\x7e]+$/.test(m.title)) await expect(heading, m.name).toContainText(m.title);
      else await expect(heading, m.name).not.toHaveText(title ?? '');
      await app.expectStep(0);
      if (await app.stepForwardButton.isEnabled()) await app.stepForward();
    } else {
      const alert = page.getByRole('alert').filter({ hasText: `${m.name} is not a valid scenario` });
      await expect(alert, m.name).toContainText(`${m.path}:`);
      await expect(heading, m.name).toHaveText(title ?? '');
      await app.expectStep(step);
      await alert.getByRole('button', { name: 'Dismiss' }).click();
      await expect(alert).toBeHidden();
    }
    // The tab still answers.
    expect(await page.evaluate(() => document.readyState), m.name).toBe('complete');
  }
  app.expectNoConsoleErrors();
});
