import { createSimulation } from '../src/engine';
import { parseScenario } from '../src/scenario/parse';
import { endlessMediumScenarioFile } from './scenarios';
const p = parseScenario(endlessMediumScenarioFile()); if (!p.ok) throw new Error('bad');
const sim: any = createSimulation(p.scenario, undefined, { history: { checkpoints: 1, rowBytes: 0, eventBytes: 0 } });
const gc = (globalThis as any).gc;
const heap = () => { gc(); return process.memoryUsage().heapUsed / 1048576; };
const size = (v: any) => { try { return JSON.stringify(v)?.length ?? 0; } catch { return -1; } };
let prev: Record<string, number> = {}; let ph = heap(); let ps = 0;
for (let k = 0; k < 3; k++) {
  sim.runToEnd(200_000);
  const st = sim.raw; const now: Record<string, number> = {};
  for (const key of Object.keys(st)) now[key] = size(st[key]);
  for (const b of ['producers','consumers','brokers','checker']) for (const sub of Object.keys(st[b][0] ?? st[b])) now[`${b}.${sub}`] = size((st[b][0] ?? st[b])[sub]);
  const h = heap();
  console.log('steps', sim.stepCount, 'heap/step B', Math.round((h - ph) * 1048576 / (sim.stepCount - ps)));
  for (const key of Object.keys(now)) { const d = now[key] - (prev[key] ?? 0); if (k > 0 && d > 100000) console.log('  ', key, 'json +', d); }
  prev = now; ph = h; ps = sim.stepCount;
}
