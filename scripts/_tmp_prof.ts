import { consumerSpec, createSim, file } from '../src/engine/consumer/consumerTestkit.testkit';
import { createSimulation } from '../src/engine';
import { parse } from '../src/engine/consumer/consumerTestkit.testkit';
const topics = ['t0', 't1', 't2', 't3'];
const f = file({ topics: topics.map((name) => ({ name, partitions: 2, replicationFactor: 1 })), durationMs: 16000, script: [{ atMs: 9000, do: 'stopConsumer', consumer: 'C1' }],
  consumers: ['C0','C1','C2'].map((id) => consumerSpec(id, 'g1', { topics }, { 'partition.assignment.strategy': 'sticky' })) });
for (const inv of [true, false]) {
  const t0 = performance.now();
  const sim = createSimulation(parse(f), undefined, { checkInvariants: inv });
  sim.runToEnd();
  console.log(inv, sim.stepCount, (performance.now() - t0).toFixed(0), 'ms');
}
