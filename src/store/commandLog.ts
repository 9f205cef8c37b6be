// What it takes to rebuild the open run in a fresh engine: the load, then every intervention at the
// step it was applied, then the step the page shows. The engine is deterministic, so replaying
// these requests gives back the same timeline, row for row.
import type { Intervention } from '../engine/api.types';
import type { ToEngineBody } from '../protocol/messages';

type LoadBody = Extract<ToEngineBody, { type: 'load' }>;

export interface LoggedIntervention {
  step: number;
  action: Intervention;
}

/** The worker plays at most this many new steps per request (MAX_STEPS_PER_REQUEST): seek in strides. */
export const REPLAY_STRIDE = 5000;

export class CommandLog {
  private load: LoadBody | null = null;
  private interventions: LoggedIntervention[] = [];
  /** The step of the last answer, and how many steps the run had played. */
  step = 0;
  stepCount = 0;

  get loaded(): boolean {
    return this.load !== null;
  }

  get logged(): readonly LoggedIntervention[] {
    return this.interventions;
  }

  /** A new run: everything logged before belongs to the old one. */
  onLoaded(load: LoadBody): void {
    this.load = load;
    this.interventions = [];
    this.step = 0;
    this.stepCount = 0;
  }

  onState(step: number, stepCount: number): void {
    this.step = step;
    this.stepCount = stepCount;
  }

  /** As in the engine: an intervention at step s forks the timeline, forgetting those after s. */
  onIntervened(step: number, action: Intervention): void {
    this.interventions = [...this.interventions.filter((i) => i.step <= step), { step, action }];
  }

  /** The requests that rebuild the run, in order; the last one lands on `step` (its answer brings the rows around it). */
  replay(): ToEngineBody[] {
    if (!this.load) return [];
    const out: ToEngineBody[] = [{ ...this.load, step: undefined }];
    let at = 0;
    const seekTo = (target: number) => {
      // Forwards past the played steps in strides the worker accepts; backwards in one seek.
      while (target - at > REPLAY_STRIDE) {
        at += REPLAY_STRIDE;
        out.push({ type: 'seek', step: at });
      }
      out.push({ type: 'seek', step: target });
      at = Math.max(at, target);
    };
    for (const i of this.interventions) {
      seekTo(i.step);
      out.push({ type: 'intervene', action: i.action });
      at = i.step; // the fork dropped every step after it
    }
    seekTo(this.step);
    return out;
  }
}
