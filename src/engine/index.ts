// The engine's façade: createSimulation(scenario, seed) → step / seek / intervene / view / rows.
import type { Scenario } from '../scenario/types';
import { Timeline, type TimelineOptions } from './timeline';

export type { Intervention, Simulation } from './api.types';
export type * from './view.types';
export type { ViewWindow } from './viewWindow';
export { Timeline } from './timeline';

export function createSimulation(scenario: Scenario, seed?: number, options?: TimelineOptions): Timeline {
  return new Timeline(scenario, seed ?? scenario.seed, options);
}
