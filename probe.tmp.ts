import { createSimulation } from '/work/main/src/engine';
import { parseScenario } from '/work/main/src/scenario/parse';
import { defaultScenarioFile } from '/work/main/src/lessons/defaultScenario';
const r = parseScenario(defaultScenarioFile);
if (!r.ok) { console.log(r.problems); process.exit(1); }
const sim = createSimulation(r.scenario);
let n = 0; while (sim.stepForward()) n++;
console.log('steps', n, sim.finished);
const v = sim.view();
console.log(JSON.stringify({ consumers: v.consumers, groups: v.groups, producers: v.producers.map(p => p.sends) }, null, 1).slice(0, 3000));
const comps = new Map(); for (const row of sim.rows(1, n)) comps.set(row.component, (comps.get(row.component) ?? 0) + 1);
console.log(comps);
console.log(sim.rows(1, n).filter(r => !/fetch/i.test(r.action)).slice(0, 60).map(r => `${r.step} ${r.timeMs} ${r.component}: ${r.action} | ${r.messageState} | ${r.output}`).join('\n'));
