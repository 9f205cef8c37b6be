// Controller rows rendered from their events: the clauses of what changed, and each headline.
import { describe, expect, it } from 'vitest';
import { renderRow } from './index';
import { stepOf } from './testEvents.testkit';

const kraft = { zookeeper: false, holder: null, holderUp: false } as const;
const zkUp = { zookeeper: true, holder: 2, holderUp: true } as const;
const zkDown = { zookeeper: true, holder: 2, holderUp: false } as const;
const zkNone = { zookeeper: true, holder: null, holderUp: false } as const;

const elected = { type: 'LeaderElected', topic: 't', partition: 0, broker: 2, detail: 'clean', leader: 2, leaderEpoch: 3, isr: [2, 3] } as const;
const offline = { type: 'PartitionOffline', topic: 't', partition: 1, detail: 'clean', isr: [1] } as const;
const isrChanged = { type: 'IsrChanged', topic: 't', partition: 2, detail: '[3]', isrBefore: [1, 3], isr: [3] } as const;

describe('session expiry', () => {
  const expired = { type: 'BrokerSessionExpired', broker: 1, seat: kraft, timeoutMs: 9000, heldController: false, seen: true, holderAfter: null } as const;

  it('in KRaft fences the broker, listing each change', () => {
    const row = renderRow(stepOf({ type: 'BrokerFenced', broker: 1 }, elected, { ...elected, partition: 3, detail: 'unclean' }, { ...elected, partition: 4, detail: 'preferred' }, offline, isrChanged, expired));
    expect(row).toEqual({
      component: 'Controller', action: 'Fenced broker 1: no heartbeat for 9000 ms (broker.session.timeout.ms)', messageState: 'Broker 1 removed from every ISR',
      output: 't-0: elected broker 2 (leader epoch 3, ISR [2,3]); t-3: UNCLEAN election of broker 2 (leader epoch 3, ISR [2,3]); t-4: preferred leader broker 2 (leader epoch 3, ISR [2,3]); t-1 is offline: no ISR member is alive (ISR stays [1]); t-2: ISR [1,3]→[3]',
    });
    expect(renderRow(stepOf(expired)).output).toBe('It led nothing and was in no ISR');
  });

  it('in ZooKeeper mode: the holder of /controller dies and another broker wins it', () => {
    const row = renderRow(stepOf({ type: 'ControllerElected', broker: 3 }, { type: 'BrokerFenced', broker: 2 }, elected, { ...expired, broker: 2, seat: zkUp, heldController: true, holderAfter: 3 }));
    expect(row).toEqual({
      component: 'Controller (broker 2, via ZooKeeper)', action: "Broker 2's ZooKeeper session expired (zookeeper.session.timeout.ms, 9000 ms): /brokers/ids/2 and /controller are gone",
      messageState: 'Broker 2 removed from every ISR', output: 'broker 3 won /controller and is the controller now: t-0: elected broker 2 (leader epoch 3, ISR [2,3])',
    });
  });

  it('in ZooKeeper mode with nobody to act: the next controller will see it', () => {
    const row = renderRow(stepOf({ ...expired, broker: 3, seat: zkDown, seen: false, holderAfter: 2 }));
    expect(row).toEqual({
      component: "ZooKeeper (/controller still held by broker 2's session)", action: "Broker 3's ZooKeeper session expired (zookeeper.session.timeout.ms, 9000 ms): /brokers/ids/3 is gone",
      messageState: "Nobody acts yet: no controller acts until broker 2's ZooKeeper session expires and /controller is free", output: 'The next controller will see it',
    });
    expect(renderRow(stepOf({ type: 'NoControllerLeft' }, { ...expired, broker: 2, seat: zkUp, heldController: true, seen: false, holderAfter: null }))).toMatchObject({
      messageState: 'Nobody acts yet: no broker holds /controller', output: 'no live broker is left to win /controller',
    });
  });
});

describe('registration', () => {
  const registered = { type: 'BrokerRegistered', broker: 3, detail: 'broker epoch 7', brokerEpoch: 7, seat: kraft } as const;

  it('registers a broker fenced until it heartbeats', () => {
    expect(renderRow(stepOf(registered))).toEqual({ component: 'Controller', action: 'Registered broker 3 with broker epoch 7', messageState: 'Broker 3 is fenced until it heartbeats', output: 'Sent it the full metadata' });
  });

  it('removes a previous incarnation first, when that changed anything', () => {
    const row = renderRow(stepOf({ type: 'BrokerFenced', broker: 3 }, isrChanged, { type: 'PreviousIncarnationRemoved', broker: 3 }, registered));
    expect(row.output).toBe('Its previous incarnation was still registered, so it was removed first: t-2: ISR [1,3]→[3]. Sent it the full metadata');
    expect(renderRow(stepOf({ type: 'BrokerFenced', broker: 3 }, { type: 'PreviousIncarnationRemoved', broker: 3 }, registered)).output).toBe('Sent it the full metadata');
  });

  it('in ZooKeeper mode claims a free /controller, or waits for one', () => {
    const zk = { ...registered, seat: { zookeeper: true, holder: 3, holderUp: true } } as const;
    const row = renderRow(stepOf({ type: 'NoControllerLeft' }, { type: 'PreviousIncarnationRemoved', broker: 3 }, { type: 'ControllerElected', broker: 3 }, { type: 'BrokerFenced', broker: 1 }, offline, zk));
    expect(row).toEqual({
      component: 'Controller (broker 3, via ZooKeeper)', action: 'Broker 3 created /brokers/ids/3 (broker epoch 7)', messageState: 'Broker 3 is fenced until it heartbeats',
      output: 'Its previous incarnation was still registered, so it was removed first: no live broker is left to win /controller. broker 3 won /controller and is the controller now: t-1 is offline: no ISR member is alive (ISR stays [1]); Sent it the full metadata',
    });
    expect(renderRow(stepOf({ ...registered, seat: zkNone })).output).toBe('No metadata yet: no broker holds /controller');
  });
});

describe('heartbeats', () => {
  it('renews a session, routine unless the broker missed metadata', () => {
    const hb = { type: 'HeartbeatReceived', broker: 2, seat: kraft, timeoutMs: 9000, behind: false, metadataOffset: 5, controllerOffset: 5 } as const;
    expect(renderRow(stepOf(hb))).toEqual({ component: 'Controller', action: 'Heartbeat from broker 2', messageState: 'Broker 2 alive', output: 'Session renewed for 9000 ms', routine: true });
    expect(renderRow(stepOf({ ...hb, behind: true, metadataOffset: 3, controllerOffset: 6 }))).toMatchObject({ output: 'Session renewed for 9000 ms; broker 2 missed metadata (it has offset 3 of 6), sent it all again', routine: false });
  });

  it('ignores a stale one, and with no controller only renews the session', () => {
    expect(renderRow(stepOf({ type: 'StaleHeartbeatIgnored', broker: 2, brokerEpoch: 4, seat: kraft }))).toEqual({ component: 'Controller', action: 'Ignored a heartbeat from broker 2 with stale broker epoch 4', messageState: 'Stale', output: 'No change' });
    expect(renderRow(stepOf({ type: 'SessionRenewed', broker: 3, seat: zkNone, fenced: true, timeoutMs: 18000 }))).toEqual({
      component: 'ZooKeeper (no controller)', action: 'Session of broker 3 renewed', messageState: 'Broker 3 waits for a controller', output: 'Renewed for 18000 ms; no broker holds /controller', routine: false,
    });
    expect(renderRow(stepOf({ type: 'SessionRenewed', broker: 3, seat: zkNone, fenced: false, timeoutMs: 18000 }))).toMatchObject({ messageState: 'Broker 3 alive', routine: true });
  });

  it('unfences a broker, electing leaders for partitions that had none', () => {
    expect(renderRow(stepOf({ type: 'BrokerUnfenced', broker: 2, seat: kraft }, elected))).toEqual({ component: 'Controller', action: 'Unfenced broker 2 (heartbeat accepted)', messageState: 'Broker 2 can lead and join ISRs again', output: 't-0: elected broker 2 (leader epoch 3, ISR [2,3])' });
    expect(renderRow(stepOf({ type: 'BrokerUnfenced', broker: 2, seat: kraft })).output).toBe('No leader changes');
  });
});

describe('ISR changes and elections', () => {
  it('accepts or refuses a leader’s AlterPartition', () => {
    expect(renderRow(stepOf({ type: 'IsrShrunk', topic: 't', partition: 0, detail: '[1]' }, { type: 'AlterPartitionAccepted', broker: 1, topic: 't', partition: 0, seat: kraft, isrBefore: [1, 2], isr: [1], partitionEpoch: 5 }))).toEqual({
      component: 'Controller', action: "Accepted broker 1's ISR change for t-0", messageState: 'ISR [1,2]→[1]', output: 'Partition epoch 5; metadata sent to brokers',
    });
    expect(renderRow(stepOf({ type: 'AlterPartitionRefused', broker: 1, topic: 't', partition: 0, seat: zkDown, newIsr: [1, 3], error: 'NOT_CONTROLLER' }))).toEqual({
      component: "ZooKeeper (/controller still held by broker 2's session)", action: "Refused broker 1's ISR change for t-0 to [1,3]", messageState: 'ISR unchanged', output: 'NOT_CONTROLLER',
    });
  });

  it('runs a preferred leader election, or cannot', () => {
    expect(renderRow(stepOf({ ...elected, detail: 'preferred' }, { type: 'PreferredElectionRan', topic: 't', seat: kraft, why: 'script' }))).toEqual({
      component: 'Controller', action: 'Ran preferred leader election for t (script)', messageState: 'Leaders moved back to preferred replicas', output: 't-0: preferred leader broker 2 (leader epoch 3, ISR [2,3])', routine: false,
    });
    expect(renderRow(stepOf({ type: 'PreferredElectionRan', seat: kraft, why: 'script' }))).toEqual({
      component: 'Controller', action: 'Ran preferred leader election (script)', messageState: 'Every partition already has its preferred leader, or it is not in the ISR', output: 'No change', routine: false,
    });
    expect(renderRow(stepOf({ type: 'PreferredElectionRan', seat: kraft, why: 'auto' })).routine).toBe(true);
    expect(renderRow(stepOf({ type: 'PreferredElectionSkipped', topic: 't', seat: zkNone, why: 'script' }))).toEqual({
      component: 'ZooKeeper (no controller)', action: 'Preferred leader election for t requested (script)', messageState: 'No controller to run it', output: 'No change: no broker holds /controller',
    });
  });

  it('checks leader imbalance', () => {
    expect(renderRow(stepOf({ type: 'LeaderImbalanceChecked', seat: kraft, imbalanced: [] }))).toEqual({ component: 'Controller', action: 'Checked leader imbalance', messageState: 'Balanced', output: 'No change', routine: true });
    expect(renderRow(stepOf({ ...elected, detail: 'preferred' }, { type: 'LeaderImbalanceChecked', seat: kraft, imbalanced: [1, 3] }))).toEqual({
      component: 'Controller', action: 'Checked leader imbalance (auto.leader.rebalance.enable)', messageState: 'Imbalanced brokers: 1, 3', output: 't-0: preferred leader broker 2 (leader epoch 3, ISR [2,3])', routine: false,
    });
    expect(renderRow(stepOf({ type: 'LeaderImbalanceChecked', seat: kraft, imbalanced: [1] }))).toMatchObject({ output: 'Preferred replicas not in the ISR yet', routine: true });
    expect(renderRow(stepOf({ type: 'LeaderImbalanceCheckSkipped', seat: zkDown }))).toEqual({
      component: "ZooKeeper (/controller still held by broker 2's session)", action: 'Leader imbalance check skipped', messageState: 'No controller', output: "no controller acts until broker 2's ZooKeeper session expires and /controller is free", routine: true,
    });
  });
});
