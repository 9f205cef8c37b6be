import type { StepRow } from '../../engine/view.types';

interface Props {
  row: StepRow | null;
  currentStep: number;
  /** While playing quickly, screen readers wait for the pause instead of queueing every step. */
  busy: boolean;
}

/** The current step in words, for everyone and for screen readers (polite live region). */
export function narrationText(row: StepRow | null, currentStep: number): string {
  if (!row) return currentStep === 0 ? 'Step 0: nothing has happened yet. Press Play or Step forward.' : `Step ${currentStep}.`;
  const state = row.messageState ? ` (${row.messageState})` : '';
  return `Step ${row.step}, ${row.timeMs} ms. ${row.component}: ${row.action}${state}. ${row.output}`;
}

export function Narration({ row, currentStep, busy }: Props) {
  return (
    <p className="narration" aria-live="polite" aria-busy={busy}>
      {narrationText(row, currentStep)}
    </p>
  );
}
