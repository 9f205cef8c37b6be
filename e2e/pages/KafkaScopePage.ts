// The app as a teacher sees it: everything found by role and accessible name (spec/ui-surface.md).
import { expect, type Locator, type Page } from '@playwright/test';

export class KafkaScopePage {
  readonly consoleErrors: string[] = [];

  constructor(readonly page: Page) {
    page.on('console', (m) => {
      if (m.type() === 'error') this.consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => this.consoleErrors.push(e.message));
  }

  async goto(query = '') {
    await this.page.goto(`/${query}`);
    await expect(this.diagram.getByRole('button', { name: /^Broker 1\b/ })).toBeVisible();
  }

  /** Opens the app and imports a scenario file through "Import scenario". */
  async importScenario(file: { title: string }) {
    await this.goto();
    await this.page.getByLabel('Import scenario').setInputFiles({ name: 'scenario.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await expect(this.page.getByRole('heading', { level: 1 })).toContainText(file.title);
  }

  /** Imports `file`, plays it at "Fast" (in Presenter view if asked) until the step has seven digits, and pauses. */
  async playToSevenDigits(file: { title: string }, presenter: boolean) {
    await this.importScenario(file);
    if (presenter) await this.page.getByRole('button', { name: 'Presenter view' }).click();
    await this.page.getByRole('combobox', { name: 'Speed' }).selectOption({ label: 'Fast' });
    await this.playButton.click();
    await expect(this.page.getByRole('slider', { name: 'Timeline' })).toHaveValue(/^\d{7}$/, { timeout: 150_000 });
    await this.pauseButton.click();
  }

  get diagram(): Locator {
    return this.page.getByRole('region', { name: 'Cluster diagram' });
  }
  get playButton(): Locator {
    return this.page.getByRole('button', { name: 'Play', exact: true });
  }
  get pauseButton(): Locator {
    return this.page.getByRole('button', { name: 'Pause', exact: true });
  }
  get stepForwardButton(): Locator {
    return this.page.getByRole('button', { name: 'Step forward' });
  }
  get stepBackButton(): Locator {
    return this.page.getByRole('button', { name: 'Step back' });
  }
  get restartButton(): Locator {
    return this.page.getByRole('button', { name: 'Restart' });
  }
  get speed(): Locator {
    return this.page.getByRole('combobox', { name: 'Speed' });
  }
  get timeline(): Locator {
    return this.page.getByRole('slider', { name: 'Timeline' });
  }
  get table(): Locator {
    return this.page.getByRole('table', { name: 'Execution table' });
  }
  get tracker(): Locator {
    return this.page.getByRole('table', { name: 'Status tracker' });
  }
  get componentFilter(): Locator {
    return this.page.getByRole('combobox', { name: 'Component' });
  }
  get narration(): Locator {
    return this.page.locator('[aria-live="polite"]');
  }
  get forkNotice(): Locator {
    return this.page.getByText(/Timeline forked at step \d+/);
  }
  get currentRow(): Locator {
    return this.table.locator('[aria-current="step"]');
  }

  broker(id: number): Locator {
    return this.diagram.getByRole('button', { name: new RegExp(`^Broker ${id},`) });
  }
  replica(topic: string, partition: number, broker: number): Locator {
    return this.diagram.getByRole('button', { name: new RegExp(`^${topic}-${partition} on broker ${broker},`) });
  }

  async step(): Promise<number> {
    return Number(await this.timeline.inputValue());
  }

  async expectStep(step: number) {
    await expect(this.timeline).toHaveValue(String(step));
  }

  async seek(step: number) {
    await this.timeline.fill(String(step));
    await this.expectStep(step);
  }

  async stepForward(times = 1) {
    for (let i = 0; i < times; i++) {
      const before = await this.step();
      await this.stepForwardButton.click();
      await this.expectStep(before + 1);
    }
  }

  /** Plays at "fast" until the run's end (not stopping at a lesson's moments). */
  async playToEnd() {
    await this.page.getByRole('checkbox', { name: 'Pause at moments' }).uncheck();
    await this.speed.selectOption({ label: 'Fast' });
    await this.playButton.click();
    await expect(this.page.getByText(/\(end\)/)).toBeVisible({ timeout: 30_000 });
    await expect(this.playButton).toBeVisible();
  }

  /** The id of the broker that leads a partition, read from the brokers' accessible names. */
  async leaderOf(partition: string): Promise<number> {
    const names = await this.diagram.getByRole('button', { name: /^Broker \d+,/ }).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    const leader = names.find((n) => new RegExp(`leader of [^,]*\\b${partition}\\b|leader of .*\\b${partition}\\b and`).test(n));
    if (!leader) throw new Error(`no leader of ${partition} in ${names.join(' | ')}`);
    return Number(/^Broker (\d+)/.exec(leader)![1]);
  }

  /** Every accessible name in the diagram, in order: a snapshot of what the class sees. */
  async diagramNames(): Promise<string[]> {
    return this.diagram.locator('[aria-label]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
  }

  /** Rows of the execution table shown for one component (the filter keeps them few). */
  rowsOf(component: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('cell', { name: component, exact: true }) });
  }

  get rowSearch(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search rows' });
  }

  /** The table row of a step (it must be scrolled into the rendered window). */
  rowOfStep(step: number): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('cell', { name: String(step), exact: true }) });
  }

  /** Rows whose text mentions `text`, from the table filtered by the search box. */
  async searchRows(text: string): Promise<Locator> {
    await this.rowSearch.fill(text);
    return this.table.getByRole('row').filter({ hasText: text });
  }

  async filterTable(component: string) {
    await this.componentFilter.selectOption({ label: component });
  }

  /** Crashes a broker from its panel; the intervention plays as the next step. */
  async crash(broker: number) {
    const before = await this.step();
    await this.broker(broker).click();
    await this.page.getByRole('button', { name: `Crash broker ${broker}` }).click();
    await expect(this.forkNotice).toContainText(`Timeline forked at step ${before}`);
    await this.expectStep(before + 1);
  }

  expectNoConsoleErrors() {
    expect(this.consoleErrors, this.consoleErrors.join('\n')).toEqual([]);
  }
}
