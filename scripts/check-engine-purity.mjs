// The engine must be pure and deterministic: this guard fails the lint step when code under
// src/engine or src/scenario reaches for randomness, the clock, the DOM or a UI library.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const roots = ['src/engine', 'src/scenario'];
const forbidden = [
  [/\bMath\.random\b/, 'Math.random (use the seeded PRNG)'],
  [/\bDate\.now\b|\bnew Date\b/, 'the wall clock (use simulated milliseconds)'],
  [/\bperformance\.now\b/, 'the wall clock (use simulated milliseconds)'],
  [/\bsetTimeout\b|\bsetInterval\b/, 'timers (schedule simulated events)'],
  [/from ['"](react|react-dom|zustand|motion)(\/[^'"]*)?['"]/, 'a UI library'],
  [/\b(window|document)\./, 'the DOM'],
];

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.ts$/.test(name) && !/\.test\.ts$/.test(name)) yield path;
  }
}

const problems = [];
for (const root of roots) {
  for (const path of files(root)) {
    readFileSync(path, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (/^\s*(\/\/|\*)/.test(line)) return;
        for (const [pattern, what] of forbidden) {
          if (pattern.test(line)) problems.push(`${path}:${i + 1}: the engine must not use ${what}`);
        }
      });
  }
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
