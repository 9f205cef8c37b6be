import type { ScriptAction } from '../scenario/types';
import type { ClusterView, SimEvent, StepRow } from './view.types';
import type { ViewWindow } from './viewWindow';

type WithoutTime<T> = T extends unknown ? Omit<T, 'atMs'> : never;

/** An intervention made at the current step; it forks the timeline. */
export type Intervention =
  | WithoutTime<ScriptAction>
  | { do: 'setAcks'; producer: string; acks: '0' | '1' | 'all' };

export interface Simulation {
  /** Steps played so far on the current timeline (rows 1..stepCount exist). */
  readonly stepCount: number;
  /** The step the view shows (0 = before anything happened). */
  readonly currentStep: number;
  /** True when the run reached its durationMs or ran out of events. */
  readonly finished: boolean;
  /** Advance one step; returns the new row, or null at the end of the run. */
  stepForward(): StepRow | null;
  /** Go to any step, backwards or forwards (forwards plays new steps as needed). */
  seek(step: number): void;
  /** Apply an intervention at the current step: the future after it is discarded. */
  intervene(action: Intervention): void;
  /** The cluster at the current step: whole, or cut to a window so its size does not grow with the run. */
  view(window?: ViewWindow): ClusterView;
  rows(fromStep: number, toStep: number): StepRow[];
  events(fromStep: number, toStep: number): SimEvent[];
}
