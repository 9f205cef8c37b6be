import { consumerSpec, createSim, file } from '../src/engine/consumer/consumerTestkit.testkit';
const scenario = file({
    durationMs: 20000,
    consumers: [
      consumerSpec('c1', 'g1', { processingMs: 600 }, { 'max.poll.records': 10, 'session.timeout.ms': 6000, 'heartbeat.interval.ms': 2000, 'auto.commit.interval.ms': 5000 }),
      consumerSpec('c2', 'g1', {}, { 'session.timeout.ms': 6000, 'heartbeat.interval.ms': 2000 }),
    ],
    script: [
      { atMs: 0, do: 'produce', producer: 'p1', topic: 't', value: 'm{i}', count: 10, everyMs: 10 },
      { atMs: 7000, do: 'produce', producer: 'p1', topic: 't', value: 'n{i}', count: 10, everyMs: 10 },
    ],
  });
const sim = createSim(scenario);
let n = 0;
for (;;) { const row = sim.stepForward()!; const e = sim.events(row.step,row.step).find((x) => x.type === 'RecordsPolled' && x.consumer === 'c1'); if (e && ++n === 2) break; }
sim.intervene({ do: 'crashConsumer', consumer: 'c1' });
sim.runToEnd();
for (const r of sim.rows(1, sim.stepCount) as any[]) if (/c2|c1|Group/.test(r.component + r.action) && !r.routine) console.log(r.step, r.timeMs, r.component, '|', r.action, '|', r.messageState, '|', r.output);
