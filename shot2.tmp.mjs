import { chromium } from '@playwright/test';
const [,, lesson, stops, w, h, presenter] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
page.on('console', (m) => { if (m.type() === 'error') console.log('console error:', m.text()); });
await page.goto(`http://127.0.0.1:4110/?scenario=${lesson}`);
await page.getByRole('button', { name: 'Next moment' }).waitFor();
await page.getByRole('tab', { name: 'Key moments' }).click();
await page.getByRole('button', { name: /^Show step/ }).first().waitFor();
await page.getByRole('tab', { name: 'Status tracker' }).click();
if (presenter) await page.getByRole('button', { name: /Presenter/ }).click();
let n = 0;
for (const stop of stops.split(',').map(Number)) {
  while (n < stop) {
    const before = await page.getByRole('slider', { name: 'Timeline' }).inputValue();
    await page.getByRole('button', { name: 'Next moment' }).click();
    await page.waitForFunction((b) => document.querySelector('input[aria-label=Timeline]').value !== b, before);
    n++;
  }
  await page.waitForTimeout(900);
  const out = `/tmp/10/${lesson}-${presenter ? 'presenter' : w}-m${n}.png`;
  await page.screenshot({ path: out });
  console.log(out, 'step', await page.getByRole('slider', { name: 'Timeline' }).inputValue());
}
await browser.close();
