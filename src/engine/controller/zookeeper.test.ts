// ZooKeeper-era controller facts: /controller is an ephemeral znode, held until its owner's session
// expires (not when the process dies); the lowest live broker with a seen session wins it next.
import { describe, expect, it } from 'vitest';
import { brokerOf, clusterState } from '../testkit/stateBuilders.testkit';
import { controllerAbsent, controllerName, isZookeeperMode, nextControllerBroker, noControllerReason } from './zookeeper';

const zk = () => clusterState({ cluster: { brokers: 3, metadata: 'zookeeper' } });

describe('the /controller znode', () => {
  it('is never absent in KRaft: one controller stands for the quorum', () => {
    const state = clusterState();
    expect(isZookeeperMode(state)).toBe(false);
    expect(controllerAbsent(state)).toBe(false);
    expect(controllerName(state)).toBe('Controller');
  });

  it('starts with broker 1, which is the controller while it lives', () => {
    const state = zk();
    expect(state.controller.zkControllerBroker).toBe(1);
    expect(controllerAbsent(state)).toBe(false);
    expect(controllerName(state)).toBe('Controller (broker 1, via ZooKeeper)');
  });

  it('held by a dead broker leaves the cluster without a controller until its session expires', () => {
    const state = zk();
    brokerOf(state, 1).up = false;
    expect(controllerAbsent(state)).toBe(true);
    expect(controllerName(state)).toBe("ZooKeeper (/controller still held by broker 1's session)");
    expect(noControllerReason(state)).toBe("no controller acts until broker 1's ZooKeeper session expires and /controller is free");
  });

  it('empty: nobody holds it', () => {
    const state = zk();
    state.controller.zkControllerBroker = null;
    expect(controllerAbsent(state)).toBe(true);
    expect(noControllerReason(state)).toBe('no broker holds /controller');
  });
});

describe('the next controller', () => {
  it('is the lowest live, registered broker other than the one leaving, whose expiry was seen', () => {
    const state = zk();
    expect(nextControllerBroker(state, 1)).toBe(2);
    brokerOf(state, 2).up = false;
    expect(nextControllerBroker(state, 1)).toBe(3);
    state.controller.zkUnseenExpiries = [3];
    expect(nextControllerBroker(state, 1)).toBeNull();
  });
});
