// The headless runner: `npm run --silent sim -- FILE [--until MS] [--seed N] [--trace]`.
// Exit 0 played, 2 invalid scenario (one problem per stderr line), 1 anything else.
import { readFileSync } from 'node:fs';
import { parseScenarioText } from '../scenario/parse';
import { playScenario, type RunOptions } from './playScenario';
import { writeJson } from './writeJson';

function usage(message: string): never {
  process.stderr.write(`${message}\nusage: npm run --silent sim -- FILE [--until MS] [--seed N] [--trace]\n`);
  process.exit(1);
}

function parseArgs(argv: string[]): { file: string } & RunOptions {
  let file: string | undefined;
  const options: RunOptions = { trace: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--trace') options.trace = true;
    else if (arg === '--until' || arg === '--seed') {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || (arg === '--until' && value < 0)) usage(`${arg} needs a whole number`);
      if (arg === '--until') options.untilMs = value;
      else options.seed = value;
    } else if (arg.startsWith('--')) usage(`unknown option ${arg}`);
    else if (file === undefined) file = arg;
    else usage(`unexpected argument ${arg}`);
  }
  if (file === undefined) usage('no scenario file given');
  return { file, ...options };
}

function main(): void {
  const { file, ...options } = parseArgs(process.argv.slice(2));
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    process.stderr.write(`${file}: cannot read the file\n`);
    process.exit(1);
  }
  const parsed = parseScenarioText(text);
  if (!parsed.ok) {
    process.stderr.write(parsed.problems.map((p) => `${p.path}: ${p.message}\n`).join(''));
    process.exit(2);
  }
  // A reader that stops early (`| head`) closes the pipe: the run is done, so it ends quietly.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    process.stderr.write(`The output could not be written: ${error.message}\n`);
    process.exit(1);
  });
  // Written a part at a time (stdout is synchronous for files and, on Linux, pipes): the document
  // runs to tens of megabytes, and as one string it was the run's largest allocation.
  writeJson(playScenario(parsed.scenario, options), (piece) => process.stdout.write(piece));
  process.stdout.write('\n');
}

try {
  main();
} catch (error) {
  process.stderr.write(`The simulation stopped: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
