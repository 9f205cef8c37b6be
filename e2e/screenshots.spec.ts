// Screenshots for review at a laptop's and a projector's size, light and dark, saved under
// screenshots/. They are looked at by people; nothing here compares pixels.
import { test } from '@playwright/test';
import { KafkaScopePage } from './pages/KafkaScopePage';

const sizes = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

for (const size of sizes) {
  for (const theme of ['light', 'dark'] as const) {
    test(`screenshot ${size.width}x${size.height} ${theme}`, async ({ page }) => {
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
      const app = new KafkaScopePage(page);
      await app.goto('?step=420');
      await app.replica('orders', 0, 1).click();
      await page.screenshot({ path: `screenshots/kafkascope-${size.width}x${size.height}-${theme}.png` });
      const leader = await app.leaderOf('orders-0');
      await app.crash(leader);
      await app.stepForward(3);
      await page.screenshot({ path: `screenshots/kafkascope-${size.width}x${size.height}-${theme}-crashed.png` });
      app.expectNoConsoleErrors();
    });
  }
}
