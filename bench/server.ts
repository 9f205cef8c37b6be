// The production build served by `vite preview`, for the browser benches: each bench builds into
// a folder of its own and serves it on its own port, so benches and Playwright runs never collide.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import playwrightConfig from '../playwright.config';

export interface Served {
  origin: string;
  outDir: string;
  stop(): void;
}

export function benchOutDir(port: number): string {
  return join(tmpdir(), `kafkascope-bench-dist-${port}`);
}

export function build(outDir: string): void {
  const run = spawnSync('npx', ['vite', 'build', '--logLevel', 'error', '--outDir', outDir, '--emptyOutDir'], { stdio: 'inherit' });
  if (run.status !== 0) throw new Error('vite build failed');
}

export async function startPreview(outDir: string, port: number): Promise<ChildProcess> {
  const origin = `http://127.0.0.1:${port}`;
  const server = spawn('npx', ['vite', 'preview', '--outDir', outDir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    stdio: 'ignore',
    detached: true,
  });
  for (let i = 0; i < 100; i++) {
    if (await fetch(origin).then((r) => r.ok, () => false)) return server;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer on ${origin}`);
}

/** Builds the app and serves it; `stop()` ends the server (and only it). */
export async function serveBuild(port: number): Promise<Served> {
  const outDir = benchOutDir(port);
  build(outDir);
  const server = await startPreview(outDir, port);
  return {
    origin: `http://127.0.0.1:${port}`,
    outDir,
    stop: () => {
      if (server.pid) process.kill(-server.pid);
    },
  };
}

/** How the benches launch Chromium: Debian's when there is one, with the end-to-end tests' switches. */
export function chromiumOptions() {
  const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
  return { executablePath, args: playwrightConfig.use?.launchOptions?.args ?? [] };
}
