// ZooKeeper mode (metadata "zookeeper", Kafka ≤ 3.9): a dead broker is noticed only when its
// ZooKeeper session expires (zookeeper.session.timeout.ms, 18 s since KIP-537). Its ephemeral
// /brokers/ids node — and /controller, if it held it — vanish then, and only then does a controller
// elect new leaders (KafkaController.processBrokerChange → onBrokerFailure; processReelect →
// onControllerFailover).
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../index';
import { loadScenario, play, sendOf, values } from './scenarioFixture.testkit';

const FILE = 'reference/zk-controller-session.json';

function controllerAt(untilMs: number, patch?: (raw: Record<string, unknown>) => void) {
  const sim = createSimulation(loadScenario(FILE, patch), undefined, { checkInvariants: true, untilMs });
  sim.runToEnd();
  return { holder: sim.view().controller.activeBroker, events: sim.events(1, sim.stepCount) };
}

describe('ZooKeeper mode: the controller broker crashes', () => {
  it('keeps /controller and the leadership of t-0 with dead broker 1 until its session expires', () => {
    const before = play(FILE, { untilMs: 18000 });
    expect(before.partitions[0]).toMatchObject({ leader: 1, leaderEpoch: 0, isr: [1, 2, 3] });
    expect(controllerAt(18000).holder).toBe(1);
    expect(sendOf(before, 'late').status).toBe('pending');
  });
  it('at the expiry broker 2 wins /controller and elects itself leader of t-0; the waiting send lands there', () => {
    const after = controllerAt(19000);
    expect(after.holder).toBe(2);
    const elected = after.events.find((e) => e.type === 'ControllerElected')!;
    const fenced = after.events.find((e) => e.type === 'BrokerFenced')!;
    expect(elected).toMatchObject({ broker: 2 });
    // One session expiry, one step: /controller moves and the new controller handles broker 1.
    expect(fenced).toMatchObject({ broker: 1, step: elected.step });
    expect(elected.timeMs).toBeGreaterThanOrEqual(2000 + 18000 - 2000);
    const run = play(FILE);
    expect(run.partitions[0]).toMatchObject({ leader: 2, leaderEpoch: 1, isr: [2, 3] });
    expect(sendOf(run, 'late')).toMatchObject({ status: 'acked', offset: 2 });
    expect(values(run, 2)).toEqual(['m0', 'm1', 'late']);
  });
});

describe('ZooKeeper mode: a broker that is not the controller crashes', () => {
  const leaderIsTwo = (raw: Record<string, unknown>) => {
    (raw.topics as Record<string, unknown>[])[0].assignment = [[2, 1, 3]];
    (raw.script as Record<string, unknown>[])[1].broker = 2;
  };
  it('leaders move at its session expiry (18 s), not after broker.session.timeout.ms (9 s)', () => {
    expect(play(FILE, { untilMs: 15000, patch: leaderIsTwo }).partitions[0]).toMatchObject({ leader: 2, leaderEpoch: 0 });
    expect(play(FILE, { untilMs: 21000, patch: leaderIsTwo }).partitions[0]).toMatchObject({ leader: 1, leaderEpoch: 1, isr: [1, 3] });
    expect(controllerAt(21000, leaderIsTwo).holder).toBe(1);
  });
  it('a shorter zookeeper.session.timeout.ms moves them sooner', () => {
    const shortSession = (raw: Record<string, unknown>) => {
      leaderIsTwo(raw);
      (raw.cluster as Record<string, unknown>).config = { 'zookeeper.session.timeout.ms': 6000 };
    };
    expect(play(FILE, { untilMs: 9000, patch: shortSession }).partitions[0]).toMatchObject({ leader: 1, leaderEpoch: 1 });
  });
});

describe('ZooKeeper mode: a broker dies while /controller is held by a dead broker', () => {
  // Broker 2 (leader of t-0) crashes after its heartbeat at 1 s, then broker 1, the controller,
  // after its heartbeat at 2.5 s: broker 2's session expires first, with nobody to see it.
  const twoDeaths = (raw: Record<string, unknown>) => {
    (raw.topics as Record<string, unknown>[])[0].assignment = [[2, 3, 1]];
    raw.script = [
      { atMs: 1200, do: 'crashBroker', broker: 2 },
      { atMs: 2600, do: 'crashBroker', broker: 1 },
    ];
  };
  it('the expiry of broker 2 changes nothing until broker 1\'s session expires too', () => {
    expect(play(FILE, { untilMs: 19800, patch: twoDeaths }).partitions[0]).toMatchObject({ leader: 2, leaderEpoch: 0, isr: [2, 3, 1] });
  });
  it('then broker 3 wins /controller and handles both dead brokers at once', () => {
    const { holder, events } = controllerAt(21000, twoDeaths);
    expect(holder).toBe(3);
    const elected = events.find((e) => e.type === 'ControllerElected')!;
    expect(events.filter((e) => e.type === 'BrokerFenced').map((e) => [e.broker, e.step]).sort()).toEqual([[1, elected.step], [2, elected.step]]);
    expect(play(FILE, { untilMs: 21000, patch: twoDeaths }).partitions[0]).toMatchObject({ leader: 3, leaderEpoch: 1, isr: [3] });
  });
});

describe('ZooKeeper mode: the controller broker restarts before its old session expires', () => {
  const quickRestart = (raw: Record<string, unknown>) => {
    (raw.script as Record<string, unknown>[]).push({ atMs: 10000, do: 'restartBroker', broker: 1 });
  };
  it('its new registration ends the old session: broker 2 takes /controller and t-0 then', () => {
    expect(controllerAt(9900, quickRestart).holder).toBe(1);
    const { holder, events } = controllerAt(10100, quickRestart);
    expect(holder).toBe(2);
    expect(events.find((e) => e.type === 'BrokerFenced')).toMatchObject({ broker: 1 });
    expect(play(FILE, { untilMs: 10100, patch: quickRestart }).partitions[0]).toMatchObject({ leader: 2, leaderEpoch: 1 });
  });
  it('broker 1 then rejoins as a follower, and everything acknowledged is kept', () => {
    const run = play(FILE, { patch: quickRestart });
    expect(run.partitions[0]).toMatchObject({ leader: 2, isr: [1, 2, 3] });
    expect(values(run, 1)).toEqual(['m0', 'm1', 'late']);
    expect(run.anomalies).toEqual([]);
  });
});
