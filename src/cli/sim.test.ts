// The runner as a process: exit codes, stdout and stderr exactly as the spec's §3 says.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** As `npm run sim` runs it: the bundled runner (scripts/sim.mjs), rebuilt when a source changed. */
function sim(args: string[]) {
  return spawnSync(process.execPath, ['scripts/sim.mjs', ...args], { encoding: 'utf8' });
}

describe('npm run sim', () => {
  it('plays a file and prints one JSON document; the same flags print the same bytes', () => {
    const a = sim(['scenarios/reference/f2-acksall-no-loss.json', '--until', '3000', '--trace']);
    expect(a.status).toBe(0);
    const doc = JSON.parse(a.stdout);
    expect(doc).toMatchObject({ title: expect.any(String), seed: 7, timeMs: 3000 });
    expect(doc.trace[0]).toEqual({ step: 1, timeMs: expect.any(Number), component: expect.any(String), action: expect.any(String), messageState: expect.any(String), output: expect.any(String) });
    expect(doc.steps).toBe(doc.trace.length);
    expect(sim(['scenarios/reference/f2-acksall-no-loss.json', '--until', '3000', '--trace']).stdout).toBe(a.stdout);
    expect(JSON.parse(sim(['scenarios/reference/f2-acksall-no-loss.json', '--until', '3000', '--seed', '9']).stdout).seed).toBe(9);
  }, 30_000);

  it('exits 2 on an invalid scenario with one line per problem and nothing on stdout', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kafkascope-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ version: 1, title: 'bad', cluster: { brokers: 3 }, topics: [{ name: 'orders', partitions: 3, replicationFactor: 4 }] }));
    const r = sim([file]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('topics[0].replicationFactor: 4 is more than the 3 brokers');
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  }, 30_000);

  it('exits 1 for a missing file', () => {
    const r = sim(['no/such/file.json']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
  }, 30_000);

  it('ends quietly when its reader stops early (`| head`): no stack trace, exit 0', async () => {
    // Four megabytes of trace: more than a pipe holds, so the runner is still writing when it closes.
    const child = spawn(process.execPath, ['scripts/sim.mjs', 'scenarios/reference/s6-keyed-offline.json', '--trace']);
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (text: string) => {
      stderr += text;
    });
    // Reads the first piece of the document, then closes the pipe as `head` does.
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(status).toBe(0);
  }, 30_000);
});
