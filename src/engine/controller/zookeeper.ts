// ZooKeeper-era controller facts (metadata "zookeeper", Kafka ≤ 3.9). The /controller znode is
// ephemeral: it belongs to the holder's ZooKeeper session and disappears only when that session
// expires (KafkaController.elect, ZooKeeper's ephemeral nodes), not when the process dies. Until
// then nobody is the controller, and a broker whose /brokers/ids node vanishes meanwhile is seen
// only by the next controller (onControllerFailover → onBrokerFailure for every dead broker).
import type { SimState } from '../core/state';
import type { ControllerSeat } from '../simEvents';

export function isZookeeperMode(state: SimState): boolean {
  return state.scenario.cluster.metadata === 'zookeeper';
}

/** ZooKeeper mode with no working controller: /controller is empty, or held by a dead broker's session. */
export function controllerAbsent(state: SimState): boolean {
  if (!isZookeeperMode(state)) return false;
  const holder = state.controller.zkControllerBroker;
  return holder === null || !state.brokers[holder - 1].up;
}

export type { ControllerSeat };

export function controllerSeat(state: SimState): ControllerSeat {
  const holder = state.controller.zkControllerBroker;
  return { zookeeper: isZookeeperMode(state), holder, holderUp: holder !== null && state.brokers[holder - 1].up };
}

/** The controller as a row names it. */
export function seatName(seat: ControllerSeat): string {
  if (!seat.zookeeper) return 'Controller';
  if (seat.holder === null) return 'ZooKeeper (no controller)';
  if (!seat.holderUp) return `ZooKeeper (/controller still held by broker ${seat.holder}'s session)`;
  return `Controller (broker ${seat.holder}, via ZooKeeper)`;
}

export function controllerName(state: SimState): string {
  return seatName(controllerSeat(state));
}

/** Why a controller decision waits, said in a row, while `holder` holds /controller (null: nobody). */
export function noControllerReasonFor(holder: number | null): string {
  return holder === null
    ? 'no broker holds /controller'
    : `no controller acts until broker ${holder}'s ZooKeeper session expires and /controller is free`;
}

export function noControllerReason(state: SimState): string {
  return noControllerReasonFor(state.controller.zkControllerBroker);
}

/**
 * The broker that wins /controller when it is free: every live broker races to create it; the
 * lowest id stands in for the winner. Only a broker with a live, seen session can win.
 */
export function nextControllerBroker(state: SimState, except: number | null): number | null {
  const unseen = state.controller.zkUnseenExpiries;
  const winner = state.brokers.find((b) => b.up && b.id !== except && !unseen.includes(b.id) && state.controller.brokers[String(b.id)]?.registered);
  return winner?.id ?? null;
}
