import type { StepRow } from '../../engine/view.types';

interface Props {
  row: StepRow | null;
  currentStep: number;
  /** While playing quickly, screen readers wait for the pause instead of queueing every step. */
  busy: boolean;
  /** The lesson's narration at this step (bound to engine events), if the scenario has any. */
  cue?: string | null;
  /** The scenario has narration: keep room for it so the layout does not jump. */
  narrated?: boolean;
}

/** The current step in words, for everyone and for screen readers (polite live region). */
export function narrationText(row: StepRow | null, currentStep: number): string {
  if (!row) return currentStep === 0 ? 'Step 0: nothing has happened yet. Press Play or Step forward.' : `Step ${currentStep}.`;
  const state = row.messageState ? ` (${row.messageState})` : '';
  return `Step ${row.step}, ${row.timeMs} ms. ${row.component}: ${row.action}${state}. ${row.output}`;
}

export function Narration({ row, currentStep, busy, cue = null, narrated = false }: Props) {
  return (
    <div className={narrated ? 'narration is-narrated' : 'narration'} aria-live="polite" aria-busy={busy}>
      {narrated && <p className="narration-cue">{cue ?? 'The lesson’s narration follows the story as it happens: press Play or Step forward.'}</p>}
      <p className="narration-step">{narrationText(row, currentStep)}</p>
    </div>
  );
}
