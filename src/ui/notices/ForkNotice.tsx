interface Props {
  forkedAt: number;
  /** The run's first change, when an earlier intervention forked it before this one (else null). */
  firstAt: number | null;
  onDismiss(): void;
}

/** The notice's headline: the latest fork, and the first one when an earlier change came before it. */
export function forkHeadline(forkedAt: number, firstAt: number | null): string {
  const first = firstAt !== null && firstAt < forkedAt ? ` (first change at step ${firstAt})` : '';
  return `Timeline forked at step ${forkedAt}${first}`;
}

/**
 * Says plainly, on one line, that an intervention replaced the future that had been played. After a
 * second intervention it names the first too: the narration and the lesson panel count from there.
 */
export function ForkNotice({ forkedAt, firstAt, onDismiss }: Props) {
  const why = 'the steps played after it were discarded; what happens next is new.';
  const headline = forkHeadline(forkedAt, firstAt);
  return (
    <div className="notice fork-notice" role="status">
      <span className="notice-text" title={`${headline}: ${why}`}>
        <span aria-hidden="true">↪ </span>
        <strong>{headline}</strong>: {why}
      </span>
      <button type="button" className="link" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
