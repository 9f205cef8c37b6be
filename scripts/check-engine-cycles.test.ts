// The layering guard run on small made-up engines: it passes a layered one and names what is wrong
// in one with a circle or an import going the wrong way.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

/** Writes the files under a fresh engine folder and runs the guard on it. */
function check(files: Record<string, string>): { code: number | null; stderr: string } {
  const root = mkdtempSync(join(tmpdir(), 'engine-'));
  dirs.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const run = spawnSync(process.execPath, ['scripts/check-engine-cycles.mjs', root], { encoding: 'utf8' });
  return { code: run.status, stderr: run.stderr };
}

const layered = {
  'core/wire.ts': 'export type Wire = { type: string };\n',
  'core/state.ts': "import type { Wire } from './wire';\nexport type State = { inbox: Wire[] };\n",
  'broker/fetch.ts': "import type { State } from '../core/state';\nexport const fetch = (s: State) => s;\n",
  'core/dispatch.ts': "import { fetch } from '../broker/fetch';\nexport const dispatch = fetch;\n",
};

describe('check-engine-cycles', () => {
  it('passes an engine layered bottom (state, wire), subsystems, loop', () => {
    expect(check(layered)).toEqual({ code: 0, stderr: '' });
  });

  it('fails on a circle of type-only imports, naming its modules', () => {
    const { code, stderr } = check({ ...layered, 'core/wire.ts': "import type { State } from './state';\nexport type Wire = { type: string; state: State };\n" });
    expect(code).toBe(1);
    expect(stderr).toContain('- core/state.ts, core/wire.ts');
  });

  it('fails on a circle through import() type queries', () => {
    const { code, stderr } = check({ ...layered, 'core/wire.ts': "export type Wire = { state: import('./state').State };\n" });
    expect(code).toBe(1);
    expect(stderr).toContain('core/state.ts, core/wire.ts');
  });

  it('fails when the bottom imports a subsystem, or a subsystem the loop', () => {
    const up = check({ ...layered, 'core/network.ts': "import { fetch } from '../broker/fetch';\nexport const n = fetch;\n" });
    expect(up.stderr).toContain('core/network.ts imports broker/fetch.ts: the bottom of the engine imports no subsystem');
    const loop = check({ ...layered, 'consumer/poll.ts': "import { dispatch } from '../core/dispatch';\nexport const p = dispatch;\n" });
    expect(loop.code).toBe(1);
    expect(loop.stderr).toContain('consumer/poll.ts imports core/dispatch.ts: a subsystem never calls the loop');
  });
});
