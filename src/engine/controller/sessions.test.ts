// Broker liveness as the controller sees it: registration (a new broker epoch, fenced until the
// first heartbeat), heartbeats that renew the session, and session expiry that fences the broker
// (KRaft broker.session.timeout.ms) or, in ZooKeeper mode, deletes its ephemeral znodes.
import { describe, expect, it } from 'vitest';
import { brokerOf, clusterState, eventTypes, eventsOf, inStep, mark, metaOf, rowOf, sentOfType, sentTo, timerAt } from '../testkit/stateBuilders.testkit';
import { handleHeartbeat, handleRegistration, handleSessionExpired } from './sessions';

describe('registration', () => {
  it('gives the broker the next broker epoch, fenced until it heartbeats; BrokerRegistered; full metadata sent', () => {
    const state = inStep(clusterState(), 100);
    state.controller.brokers['2'].fenced = true;
    const since = mark(state);
    handleRegistration(state, 2);
    expect(state.controller.brokers['2']).toEqual({ registered: true, fenced: true, brokerEpoch: 4, lastHeartbeatMs: 100 });
    expect(eventsOf(state)).toEqual([expect.objectContaining({ type: 'BrokerRegistered', broker: 2, detail: 'broker epoch 4' })]);
    expect(sentTo(state, since, 2).map((m) => m.body.type)).toEqual(['BrokerRegistrationResponse', 'MetadataUpdate']);
    expect(timerAt(state, { type: 'brokerSessionExpired', broker: 2 })).toEqual({ atMs: 9100, timer: { type: 'brokerSessionExpired', broker: 2, brokerEpoch: 4 } });
  });

  it('of a restarted broker whose old session is still alive ends the old incarnation first (fenced, leaderships moved)', () => {
    const state = inStep(clusterState(), 100);
    handleRegistration(state, 1);
    expect(eventTypes(state)).toEqual(['BrokerFenced', 'LeaderElected', 'BrokerRegistered']);
    expect(metaOf(state)).toMatchObject({ leader: 2, leaderEpoch: 1 });
  });
});

describe('heartbeats', () => {
  it('renew the session for another session timeout', () => {
    const state = inStep(clusterState(), 4000);
    handleHeartbeat(state, 1, 1, 1);
    const row = rowOf(state);
    expect(timerAt(state, { type: 'brokerSessionExpired', broker: 1 })?.atMs).toBe(13000);
    expect(state.controller.brokers['1'].lastHeartbeatMs).toBe(4000);
    expect(row.routine).toBe(true);
    expect(eventTypes(state)).toEqual([]);
  });

  it('with a stale broker epoch are ignored (an earlier incarnation)', () => {
    const state = inStep(clusterState(), 4000);
    handleHeartbeat(state, 1, 0, 1);
    expect(rowOf(state).messageState).toBe('Stale');
    expect(timerAt(state, { type: 'brokerSessionExpired', broker: 1 })?.atMs).toBe(9000);
  });

  it('from a broker behind on metadata get it everything again', () => {
    const state = inStep(clusterState(), 4000);
    state.controller.metadataOffset = 3;
    const since = mark(state);
    handleHeartbeat(state, 2, 2, 1);
    expect(sentOfType(state, since, 'MetadataUpdate')).toEqual([expect.objectContaining({ offset: 3, partitions: [metaOf(state)] })]);
  });

  it("the first one after registration unfences the broker (BrokerUnfenced) and elects a leader for partitions offline for lack of it", () => {
    const state = inStep(clusterState(), 4000);
    state.controller.brokers['1'].fenced = true;
    state.controller.partitions['t-0'] = { ...metaOf(state), leader: null, leaderEpoch: 1, isr: [1] };
    handleHeartbeat(state, 1, 1, 1);
    expect(eventTypes(state)).toEqual(['BrokerUnfenced', 'LeaderElected']);
    expect(state.controller.brokers['1'].fenced).toBe(false);
    expect(metaOf(state)).toMatchObject({ leader: 1, leaderEpoch: 2 });
  });
});

describe('session expiry (KRaft)', () => {
  it('fences the broker: BrokerFenced, its leaderships move', () => {
    const state = inStep(clusterState(), 9000);
    expect(handleSessionExpired(state, 1, 1)).toBe(true);
    expect(eventTypes(state)).toEqual(['BrokerFenced', 'LeaderElected']);
    expect(rowOf(state).action).toContain('broker.session.timeout.ms');
  });

  it('of an older incarnation, or of a broker already fenced, is not a step', () => {
    const state = inStep(clusterState(), 9000);
    expect(handleSessionExpired(state, 1, 0)).toBeNull();
    state.controller.brokers['2'].fenced = true;
    expect(handleSessionExpired(state, 2, 2)).toBeNull();
    expect(eventTypes(state)).toEqual([]);
  });
});

describe('session expiry (ZooKeeper mode)', () => {
  const zk = () => inStep(clusterState({ cluster: { brokers: 3, metadata: 'zookeeper' } }), 18000);

  it('of a broker while the controller lives: the controller handles it as KRaft fences it', () => {
    const state = zk();
    handleSessionExpired(state, 2, 2);
    expect(eventTypes(state)).toEqual(['BrokerFenced', 'IsrChanged']);
  });

  it('of the /controller holder: the lowest live broker wins /controller (ControllerElected) and handles the dead one', () => {
    const state = zk();
    brokerOf(state, 1).up = false;
    handleSessionExpired(state, 1, 1);
    expect(eventTypes(state)).toEqual(['ControllerElected', 'BrokerFenced', 'LeaderElected']);
    expect(eventsOf(state, 'ControllerElected')[0].broker).toBe(2);
    expect(state.controller.zkControllerBroker).toBe(2);
  });

  it('while /controller is held by a dead broker: nobody acts; the expiry waits for the next controller', () => {
    const state = zk();
    brokerOf(state, 1).up = false;
    brokerOf(state, 3).up = false;
    handleSessionExpired(state, 3, 3);
    expect(eventTypes(state)).toEqual([]);
    expect(state.controller.zkUnseenExpiries).toEqual([3]);
    expect(state.controller.brokers['3'].fenced).toBe(false);
  });
});
