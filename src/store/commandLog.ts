// What it takes to rebuild the open run in a fresh engine: the load, then every intervention in the
// order it was made, each at the step it was made at, then the step the page shows. The engine is
// deterministic and forks the same way when an intervention is made again (Timeline.intervene is
// the one place that decides what a fork discards), so replaying these requests gives back the
// same timeline, row for row. The log never works out a fork itself.
import type { Intervention } from '../engine/api.types';
import { MAX_STEPS_PER_REQUEST, type ToEngineBody } from '../protocol/messages';

type LoadBody = Extract<ToEngineBody, { type: 'load' }>;

export interface LoggedIntervention {
  step: number;
  action: Intervention;
}

export class CommandLog {
  private load: LoadBody | null = null;
  private interventions: LoggedIntervention[] = [];
  /** The step of the last answer. */
  step = 0;

  get loaded(): boolean {
    return this.load !== null;
  }

  /** Every intervention since the load, in the order made (later ones may have forked earlier ones away). */
  get logged(): readonly LoggedIntervention[] {
    return this.interventions;
  }

  /** A new run: everything logged before belongs to the old one. */
  onLoaded(load: LoadBody): void {
    this.load = load;
    this.interventions = [];
    this.step = 0;
  }

  onState(step: number): void {
    this.step = step;
  }

  /** An intervention was made at `step` (the answer's forkedAt). */
  onIntervened(step: number, action: Intervention): void {
    this.interventions = [...this.interventions, { step, action }];
  }

  /** The requests that rebuild the run, in order; the last one lands on `step` (its answer brings the rows around it). */
  replay(): ToEngineBody[] {
    if (!this.load) return [];
    const out: ToEngineBody[] = [{ ...this.load, step: undefined }];
    /** The furthest step played so far: seeks beyond it play new steps, a bounded number per request. */
    let played = 0;
    const seekTo = (target: number) => {
      while (target - played > MAX_STEPS_PER_REQUEST) {
        played += MAX_STEPS_PER_REQUEST;
        out.push({ type: 'seek', step: played });
      }
      out.push({ type: 'seek', step: target });
      played = Math.max(played, target);
    };
    for (const i of this.interventions) {
      seekTo(i.step);
      out.push({ type: 'intervene', action: i.action });
      played = i.step + 1; // the fork dropped every step after it; the intervention played one
    }
    seekTo(this.step);
    return out;
  }
}
