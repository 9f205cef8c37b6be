// The engine is layered: state and wire types at the bottom (core/), the subsystems (broker,
// controller, producer, consumer, check) above them, the loop (core/dispatch, actions, init, step)
// on top. This guard fails the lint step on any import circle among the engine's modules, type-only
// imports included (a circle of types still ties the layers together), and on an import that goes
// the wrong way between those layers.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = 'src/engine';

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.ts$/.test(name) && !/\.test\.ts$/.test(name)) yield path;
  }
}

/** Every relative module a file names: import/export … from '…', and import('…') type queries. */
function importsOf(path) {
  const text = readFileSync(path, 'utf8');
  const specs = [...text.matchAll(/\bfrom\s+['"](\.[^'"]*)['"]|\bimport\s*\(\s*['"](\.[^'"]*)['"]\s*\)/g)].map((m) => m[1] ?? m[2]);
  const targets = [];
  for (const spec of specs) {
    const base = resolve(dirname(path), spec);
    const found = [`${base}.ts`, join(base, 'index.ts')].find((p) => existsSync(p));
    if (found && found.startsWith(resolve(root))) targets.push(relative(process.cwd(), found));
  }
  return targets;
}

const graph = new Map([...files(root)].map((f) => [f, importsOf(f)]));

// Tarjan's strongly connected components: every component with more than one module is a circle.
let index = 0;
const stack = [];
const info = new Map();
const circles = [];
function visit(v) {
  info.set(v, { index, low: index, onStack: true });
  index++;
  stack.push(v);
  for (const w of graph.get(v) ?? []) {
    if (!graph.has(w)) continue;
    if (!info.has(w)) {
      visit(w);
      info.get(v).low = Math.min(info.get(v).low, info.get(w).low);
    } else if (info.get(w).onStack) info.get(v).low = Math.min(info.get(v).low, info.get(w).index);
  }
  if (info.get(v).low === info.get(v).index) {
    const component = [];
    let w;
    do {
      w = stack.pop();
      info.get(w).onStack = false;
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || (graph.get(v) ?? []).includes(v)) circles.push(component.sort());
  }
}
for (const v of graph.keys()) if (!info.has(v)) visit(v);

const loop = new Set(['core/dispatch.ts', 'core/actions.ts', 'core/init.ts', 'core/step.ts']);
const subsystem = /^(broker|controller|producer|consumer|check)\//;
const wrongWay = [];
for (const [from, targets] of graph) {
  const f = relative(root, from);
  for (const t of targets.map((p) => relative(root, p))) {
    if (f.startsWith('core/') && !loop.has(f) && subsystem.test(t)) wrongWay.push(`${f} imports ${t}: the bottom of the engine imports no subsystem`);
    if (subsystem.test(f) && loop.has(t)) wrongWay.push(`${f} imports ${t}: a subsystem never calls the loop`);
  }
}

if (circles.length > 0 || wrongWay.length > 0) {
  if (circles.length > 0) console.error(`Import circles in ${root} (each line: modules that import each other, directly or not):`);
  for (const c of circles) console.error(`- ${c.map((p) => relative(root, p)).join(', ')}`);
  for (const w of wrongWay) console.error(w);
  process.exit(1);
}
