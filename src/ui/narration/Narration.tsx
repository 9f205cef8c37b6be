import { useRef } from 'react';
import type { StepRow } from '../../engine/view.types';
import { useSteadyHeight } from './useSteadyHeight';
import './narration.css';

interface Props {
  row: StepRow | null;
  currentStep: number;
  /** While playing quickly, screen readers wait for the pause instead of queueing every step. */
  busy: boolean;
  /** The story at this step: the lesson's narration, or a line generated from the events. */
  cue?: string | null;
  /** Where the story line comes from when it is not the lesson's (after an intervention). */
  note?: string;
  /** A lesson: before its first cue, say how to start. */
  narrated?: boolean;
  /** The panel keeps its tallest height until this changes (a new scenario or lesson, the other view). */
  heightKey?: string;
}

/** The current step in words, for everyone and for screen readers (polite live region). */
export function narrationText(row: StepRow | null, currentStep: number): string {
  if (!row) return currentStep === 0 ? 'Step 0: nothing has happened yet. Press Play or Step forward.' : `Step ${currentStep}.`;
  const state = row.messageState ? ` (${row.messageState})` : '';
  return `Step ${row.step}, ${row.timeMs} ms. ${row.component}: ${row.action}${state}. ${row.output}`;
}

/** A lesson's narration, and one changing every frame (fast play), are laid out differently (narration.css). */
export function narrationClass(narrated: boolean, busy: boolean): string {
  return ['narration', narrated ? 'is-narrated' : '', busy ? 'is-busy' : ''].filter(Boolean).join(' ');
}

/** Shown whole: the panel grows with its text (and scrolls past a bound), never clamps it. */
export function Narration({ row, currentStep, busy, cue = null, note = '', narrated = false, heightKey = '' }: Props) {
  const story = cue ?? (narrated ? 'The lesson’s narration follows the story as it happens: press Next moment, Play or Step forward.' : null);
  const step = narrationText(row, currentStep);
  const ref = useRef<HTMLDivElement>(null);
  // Not while playing fast: a scenario's own narration then has a fixed height (narration.css),
  // and a lesson's is measured by nobody but the browser's own layout, once a frame.
  useSteadyHeight(ref, !busy, heightKey, `${note}|${story}|${step}`);
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: the panel scrolls when its text is long, so the keyboard must reach it
    <div ref={ref} tabIndex={0} className={narrationClass(narrated, busy)} aria-live="polite" aria-busy={busy}>
      {note && <p className="narration-note">{note}</p>}
      {story && <p className="narration-cue">{story}</p>}
      <p className="narration-step">{step}</p>
    </div>
  );
}
