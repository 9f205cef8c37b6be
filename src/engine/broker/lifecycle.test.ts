// A broker process: a crash loses memory but keeps the log, epoch cache and HW checkpoint; open
// connections close; a restart registers again (a new broker epoch) and heartbeats.
import { describe, expect, it } from 'vitest';
import { appendRecords, brokerOf, clusterState, eventTypes, eventsOf, inStep, mark, replicaOf, rowOf, sentSince, timerAt } from '../testkit/stateBuilders.testkit';
import { crashBroker, handleRegistrationResponse, heartbeatTimer, restartBroker, startBrokerTimers } from './lifecycle';
import { logEndOffset } from './replicaLog';
import { keyOwner, ownerNumber } from '../core/timerKey';

describe('a crash', () => {
  it('emits BrokerCrashed and loses memory: roles, ISR, followers, fetch sessions, metadata, purgatory', () => {
    const state = inStep(clusterState(), 100);
    const b = brokerOf(state, 1);
    b.purgatory = [{ requestId: 9, producer: 'p1', tp: 't-0', baseOffset: 0, lastOffset: 0, expiresAtMs: 9000 }];
    crashBroker(state, b);
    expect(eventsOf(state)).toEqual([expect.objectContaining({ type: 'BrokerCrashed', broker: 1, step: state.step, timeMs: 100 })]);
    expect(b).toMatchObject({ up: false, registered: false, brokerEpoch: -1, metadata: {}, fetchSessions: {}, parkedFetches: [], purgatory: [], metadataOffset: 0 });
    expect(replicaOf(state, 1)).toMatchObject({ role: 'none', leader: null, leaderEpoch: -1, isr: [], pendingIsr: null, followers: {} });
  });

  it('keeps what is on disk: the log, the leader-epoch cache and the HW', () => {
    const state = inStep(clusterState(), 100);
    const r = replicaOf(state, 1);
    appendRecords(r, 3);
    r.highWatermark = 2;
    crashBroker(state, brokerOf(state, 1));
    expect({ leo: logEndOffset(r), hw: r.highWatermark, epochs: r.epochCache }).toEqual({ leo: 3, hw: 2, epochs: [[0, 0]] });
  });

  it("stops the broker's own timers (heartbeat, ISR expiration, retention)", () => {
    const state = inStep(clusterState(), 100);
    crashBroker(state, brokerOf(state, 1));
    expect([...state.timers.keys(), ...state.farTimers.keys()].filter((k) => keyOwner(state.timerNames, k) === ownerNumber(state.timerNames, { broker: 1 }))).toEqual([]);
    expect(timerAt(state, { type: 'brokerHeartbeat', broker: 2 })).not.toBeNull();
  });

  it('closes its connections: clients and followers fetching from it each hear a ConnectionClosed after one network delay', () => {
    const state = inStep(clusterState(), 100);
    const since = mark(state);
    crashBroker(state, brokerOf(state, 1));
    expect(sentSince(state, since).map((m) => [m.from, m.to, m.body.type])).toEqual([['broker-1', 'p1', 'ConnectionClosed'], ['broker-1', 'broker-2', 'ConnectionClosed'], ['broker-1', 'broker-3', 'ConnectionClosed']]);
  });

  it('of a broker already down changes nothing', () => {
    const state = inStep(clusterState(), 100);
    brokerOf(state, 1).up = false;
    crashBroker(state, brokerOf(state, 1));
    expect(rowOf(state).output).toBe('No change');
    expect(eventTypes(state)).toEqual([]);
  });
});

describe('a restart', () => {
  it('emits BrokerRestarted, registers with the controller and restarts its periodic work', () => {
    const state = inStep(clusterState(), 100);
    const b = brokerOf(state, 1);
    crashBroker(state, b);
    inStep(state, 200);
    const since = mark(state);
    restartBroker(state, b);
    expect(eventsOf(state)).toEqual([expect.objectContaining({ type: 'BrokerRestarted', broker: 1 })]);
    expect(b.up).toBe(true);
    expect(b.registered).toBe(false);
    expect(sentSince(state, since).map((m) => m.body)).toEqual([{ type: 'BrokerRegistration', broker: 1 }]);
    expect(timerAt(state, { type: 'isrExpiration', broker: 1 })?.atMs).toBe(15200);
    expect(timerAt(state, { type: 'brokerHeartbeat', broker: 1 })).toBeNull(); // heartbeats start once registered
  });

  it('of a broker that is up changes nothing', () => {
    const state = inStep(clusterState(), 100);
    restartBroker(state, brokerOf(state, 1));
    expect(rowOf(state).output).toBe('No change');
    expect(eventTypes(state)).toEqual([]);
  });

  it('registration answered: the broker takes its new broker epoch and heartbeats at once', () => {
    const state = inStep(clusterState(), 100);
    const b = brokerOf(state, 1);
    b.registered = false;
    const since = mark(state);
    handleRegistrationResponse(state, b, 7);
    expect(b).toMatchObject({ registered: true, brokerEpoch: 7 });
    expect(sentSince(state, since).map((m) => m.body)).toEqual([{ type: 'BrokerHeartbeat', broker: 1, brokerEpoch: 7, metadataOffset: 1 }]);
    expect(timerAt(state, { type: 'brokerHeartbeat', broker: 1 })?.atMs).toBe(2100);
  });
});

describe('heartbeats (broker.heartbeat.interval.ms)', () => {
  it('carry the broker epoch and the metadata offset it has applied; the next one is due an interval later', () => {
    const state = inStep(clusterState(), 500);
    const b = brokerOf(state, 1);
    b.metadataOffset = 4;
    const since = mark(state);
    heartbeatTimer(state, b);
    expect(rowOf(state).routine).toBe(true);
    expect(sentSince(state, since).map((m) => [m.to, m.body])).toEqual([['controller', { type: 'BrokerHeartbeat', broker: 1, brokerEpoch: 1, metadataOffset: 4 }]]);
    expect(timerAt(state, { type: 'brokerHeartbeat', broker: 1 })?.atMs).toBe(2500);
  });

  it('are staggered at boot, so brokers do not all beat at the same millisecond', () => {
    const state = clusterState({ cluster: { brokers: 3 } });
    startBrokerTimers(state, brokerOf(state, 2), true);
    expect([1, 2, 3].map((id) => timerAt(state, { type: 'brokerHeartbeat', broker: id })?.atMs)).toEqual([500, 1000, 1500]);
  });
});
