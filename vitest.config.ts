import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts', 'server/**/*.test.ts'],
    exclude: ['e2e/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['./vitest.setup.ts'],
    // A guard against a hung test, not a speed check: property and fuzz tests take seconds on a busy machine.
    testTimeout: 30_000,
  },
});
