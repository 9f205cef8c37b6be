// Sums Vitest's and Playwright's counts into the one closing line CI reads: "N passed, N failed".
import { existsSync, readFileSync } from 'node:fs';

const [logPath, e2eJsonPath, exitStatus = '0'] = process.argv.slice(2);
const log = existsSync(logPath) ? readFileSync(logPath, 'utf8').replace(/\x1b\[[0-9;]*m/g, '') : '';

let passed = 0;
let failed = 0;
const unit = log.match(/^\s*Tests\s+(.*)$/m);
if (unit) {
  passed += Number(unit[1].match(/(\d+) passed/)?.[1] ?? 0);
  failed += Number(unit[1].match(/(\d+) failed/)?.[1] ?? 0);
}
if (e2eJsonPath && existsSync(e2eJsonPath)) {
  const stats = JSON.parse(readFileSync(e2eJsonPath, 'utf8')).stats ?? {};
  passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  failed += stats.unexpected ?? 0;
}
// A step that failed outside any test (typecheck, lint, a crashed runner) still fails the run.
if (exitStatus !== '0' && failed === 0) failed += 1;
console.log(`${passed} passed, ${failed} failed`);
