// The read side's entry points for the engine core: set-up, scripted actions, timers, messages.
import type { RowText } from '../core/context';
import type { ConsumerNetBody, Timer } from '../core/events';
import type { SimState } from '../core/state';

export function initConsumers(state: SimState): void {
  state.consumers = state.scenario.consumers.map((c) => ({
    id: c.id, groupId: c.groupId, status: 'idle', assignment: [], positions: {}, received: [], error: null,
  }));
}

export type ConsumerAction = 'startConsumer' | 'stopConsumer' | 'crashConsumer' | 'commit';

export function consumerAction(_state: SimState, action: ConsumerAction, consumer: string): RowText {
  return { component: `Consumer ${consumer}`, action, messageState: 'Consumers are not simulated yet', output: 'No change' };
}

export function consumerTimer(_state: SimState, _timer: Extract<Timer, { type: 'consumerTimer' | 'groupTimer' }>): RowText | null {
  return null;
}

export function consumerMessage(_state: SimState, _from: string, to: string, body: ConsumerNetBody): RowText {
  return { component: to, action: `Received ${body.kind}`, messageState: '', output: '' };
}
