import { readFileSync } from 'node:fs';
import { parseScenarioText } from '../src/scenario/parse';
import { createSimulation } from '../src/engine';
const file = process.argv[2];
const parsed = parseScenarioText(readFileSync(file, 'utf8'));
if (!parsed.ok) { console.error(parsed.problems); process.exit(2); }
const sim = createSimulation(parsed.scenario, undefined, { checkInvariants: true });
sim.runToEnd();
const all = process.argv.includes('--all');
const filter = process.argv.find((a) => a.startsWith('--grep='))?.slice(7);
for (const r of (sim as any).rowLog as any[]) {
  if (!all && r.routine) continue;
  const line = `${r.step} ${r.timeMs} | ${r.component} | ${r.action} | ${r.messageState} | ${r.output}`;
  if (filter && !new RegExp(filter).test(line)) continue;
  console.log(line);
}
const v = sim.view();
console.log(JSON.stringify({ consumers: v.consumers.map((c) => ({ id: c.id, status: c.status, assignment: c.assignment, positions: c.positions, committed: c.committed, lag: c.lag, n: c.received.length, recv: c.received.map((r) => `${r.partition}:${r.offset}`).join(' '), error: c.error })), groups: v.groups, anomalies: v.anomalies, inv: v.invariantViolations }, null, 1));
