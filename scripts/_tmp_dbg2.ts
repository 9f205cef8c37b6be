import { consumerSpec, file, simulate } from '../src/engine/consumer/consumerTestkit.testkit';
  const scenario = (reset: string) => file({
    cluster: { brokers: 2, config: { 'unclean.leader.election.enable': true, 'replica.lag.time.max.ms': 3000 } },
    durationMs: 32000,
    topics: [{ name: 't', partitions: 1, replicationFactor: 2 }],
    producers: [{ id: 'p1', config: { acks: '1', 'linger.ms': 0, 'enable.idempotence': false } }],
    consumers: [consumerSpec('c1', 'g1', {}, { 'auto.offset.reset': reset })],
    script: [
      { atMs: 100, do: 'produce', producer: 'p1', topic: 't', value: 'm{i}', count: 2, everyMs: 100 },
      { atMs: 1000, do: 'cutLink', between: ['broker-1', 'broker-2'] },
      { atMs: 2000, do: 'produce', producer: 'p1', topic: 't', value: 'm{i}', count: 3, everyMs: 100 },
      { atMs: 12000, do: 'crashBroker', broker: 1 },
      { atMs: 12000, do: 'heal' },
      { atMs: 24000, do: 'produce', producer: 'p1', topic: 't', value: 'x{i}', count: 3, everyMs: 100 },
    ],
  });
const sim = simulate(scenario(process.argv[2] ?? 'earliest'));
for (const r of sim.rows(1, sim.stepCount) as any[]) if (!r.routine && !/heartbeat/i.test(r.action)) console.log(r.step, r.timeMs, r.component, '|', r.action, '|', r.messageState, '|', r.output);
const v = sim.view();
console.log(JSON.stringify(v.consumers[0].received.map((r) => `${r.offset}:${r.value}`)), v.anomalies, v.consumers[0].error);
