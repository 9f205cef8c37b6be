// The read side's entry points that the broker side calls. The consumer module implements them.
import type { BrokerState, ReplicaState, SimState } from '../core/state';

export interface ConsumerHooks {
  /** New committed records: answer consumer fetches waiting at the HW. */
  onHighWatermarkAdvanced(state: SimState, broker: BrokerState, r: ReplicaState): void;
  /** A broker died: consumers with requests open to it hear their connections close. */
  onBrokerConnectionsClosed(state: SimState, brokerId: number): number;
}

export const consumerHooks: ConsumerHooks = {
  onHighWatermarkAdvanced: () => {},
  onBrokerConnectionsClosed: () => 0,
};
