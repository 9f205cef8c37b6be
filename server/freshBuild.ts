// `npm run classroom` serves dist/: build it first when it is missing or older than the sources.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What a build reads: a change to any of these makes dist/ stale. */
const SOURCES = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json'];

function newestMtimeMs(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

export function buildIsStale(root: string, dist: string): boolean {
  const built = join(dist, 'index.html');
  if (!existsSync(built)) return true;
  const builtMs = statSync(built).mtimeMs;
  return SOURCES.some((s) => newestMtimeMs(join(root, s)) > builtMs);
}

/** Builds with the project's own Vite and vite.config.ts (no network needed); false when it failed. */
export async function ensureBuilt(root: string, dist: string, log: (line: string) => void): Promise<boolean> {
  if (!buildIsStale(root, dist)) return true;
  log('Building the app (dist/ is missing or older than the sources)…');
  const { build } = await import('vite');
  try {
    await build({ root, logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } });
    return true;
  } catch (error) {
    log(`The build failed: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}
