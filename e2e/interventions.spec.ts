// Story: "what if" from the toolbar. Isolate and heal a broker, stop and start a consumer, cut a
// link, and change a producer's acks; each one forks the timeline and shows in the diagram's names.
import { expect, test } from '@playwright/test';
import { KafkaScopePage } from './pages/KafkaScopePage';

test('isolate, heal, stop a consumer, cut a link and change acks', async ({ page }) => {
  const app = new KafkaScopePage(page);
  await app.goto('?step=420');

  await app.broker(3).click();
  await page.getByRole('button', { name: 'Isolate broker 3' }).click();
  await expect(app.forkNotice).toContainText('Timeline forked at step 420');
  await expect(app.broker(3)).toHaveAccessibleName(/, isolated\b/);
  await page.getByRole('button', { name: 'Heal broker 3' }).click();
  await expect(app.broker(3)).not.toHaveAccessibleName(/isolated/);
  await expect(page.getByRole('button', { name: 'Isolate broker 3' })).toBeVisible();

  await page.getByText('More interventions').click();
  await page.getByRole('combobox', { name: 'Consumer', exact: true }).selectOption({ label: 'c2 (running)' });
  await page.getByRole('button', { name: 'Stop consumer' }).click();
  await expect(app.diagram.getByRole('button', { name: /^Consumer c2, group billing, stopped/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start consumer' })).toBeEnabled();

  await page.getByRole('combobox', { name: 'Between' }).selectOption('p1');
  await page.getByRole('combobox', { name: 'and' }).selectOption('broker-1');
  await page.getByRole('button', { name: 'Cut link' }).click();
  await expect(page.getByRole('button', { name: 'Heal all links' })).toBeEnabled();

  await page.getByRole('combobox', { name: 'Acks for producer' }).selectOption('p1');
  await page.getByRole('combobox', { name: 'New acks' }).selectOption('1');
  await page.getByRole('button', { name: 'Set acks' }).click();
  await expect(app.diagram.getByRole('button', { name: /^Producer p1, acks 1\b/ })).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Cut link' })).toBeHidden();
  app.expectNoConsoleErrors();
});
