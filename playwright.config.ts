import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { classroomOrigin, classroomPort } from './e2e/pages/classroom';

// Debian's Chromium where it is installed (CI installs it); Playwright's own browser elsewhere.
const systemChromium = '/usr/bin/chromium';
const executablePath = existsSync(systemChromium) ? systemChromium : undefined;
// E2E_PORT lets a second checkout run its end-to-end tests beside this one.
const port = Number(process.env.E2E_PORT ?? 4179);

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'test-results/e2e.json' }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
    ...devices['Desktop Chrome'],
    viewport: { width: 1366, height: 768 },
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: [
    {
      command: `npx vite build --logLevel error && npx vite preview --port ${port} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${port}`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
    {
      // `npm run classroom` itself (the class sessions' stories): dist/ is fresh by now, so it only serves.
      command: 'npm run -s classroom',
      env: { PORT: String(classroomPort), HOST: '127.0.0.1' },
      url: classroomOrigin,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
  ],
});
