// `npm run sim`: the headless runner (src/cli/sim.ts) bundled into one file and run by plain node.
// Under tsx each of its ~100 modules went through the loader thread, about half a second before the
// first step; the bundle starts in a tenth of that. It is rebuilt (esbuild, ~0.2 s) whenever a file
// it was built from changed: the bundle keeps a hash of their contents, not of their times, so a
// checkout or a copy never leaves a stale runner behind. Their sizes and times are kept too, only to
// skip the hashing (a fiftieth of a second) while none of them was touched.
import { createHash } from 'node:crypto';
import { setFlagsFromString } from 'node:v8';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'src/cli/sim.ts');
const outDir = join(root, 'node_modules/.cache/kafkascope-sim');
const bundle = join(outDir, 'sim.mjs');
const manifest = join(outDir, 'inputs.json');

/** A hash of the files' contents; null when one of them is gone. */
function hashOf(files) {
  const hash = createHash('sha1');
  try {
    for (const file of files) hash.update(file).update(readFileSync(join(root, file)));
  } catch {
    return null;
  }
  return hash.digest('hex');
}

/** Each file's size and modification time, as one string; null when one of them is gone. */
function statsOf(files) {
  try {
    return files.map((file) => {
      const stat = statSync(join(root, file), { bigint: true });
      return `${stat.size}:${stat.mtimeNs}`;
    }).join(' ');
  } catch {
    return null;
  }
}

/** Writes the manifest aside and renames it: two runs at once never read half a file. */
function writeManifest(inputs, hash) {
  writeFileSync(`${manifest}.${process.pid}`, JSON.stringify({ inputs, hash, stats: statsOf(inputs) }));
  renameSync(`${manifest}.${process.pid}`, manifest);
}

function upToDate() {
  try {
    const { inputs, hash, stats } = JSON.parse(readFileSync(manifest, 'utf8'));
    if (typeof stats === 'string' && statsOf(inputs) === stats) return true;
    if (hashOf(inputs) !== hash) return false;
    // Touched but the same (a checkout, a copy): the times are taken again, the bundle kept.
    writeManifest(inputs, hash);
    return true;
  } catch {
    return false;
  }
}

async function rebuild() {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', target: `node${process.versions.node}`,
    absWorkingDir: root, write: false, metafile: true, logLevel: 'error',
  });
  const inputs = Object.keys(result.metafile.inputs);
  mkdirSync(outDir, { recursive: true });
  // Written aside and renamed: two runs rebuilding at once never read half a file.
  const tmp = `${bundle}.${process.pid}`;
  writeFileSync(tmp, result.outputFiles[0].contents);
  renameSync(tmp, bundle);
  writeManifest(inputs, hashOf(inputs));
}

if (!upToDate()) await rebuild();
// A run is over in seconds, and its first hundred thousand steps took twice as long as any later
// ones: V8 was still compiling the rules, on the core the collector and the host share. Inlining
// less (half V8's default budget per function) halves that compile work and costs the compiled
// rules nothing measurable (bench/runner.bench.ts, several runs each way).
setFlagsFromString('--max-inlined-bytecode-size-cumulative=300');
await import(pathToFileURL(bundle).href);
