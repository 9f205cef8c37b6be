interface Props {
  forkedAt: number;
  onDismiss(): void;
}

/** Says plainly, on one line, that an intervention replaced the future that had been played. */
export function ForkNotice({ forkedAt, onDismiss }: Props) {
  const why = 'the steps played after it were discarded; what happens next is new.';
  return (
    <div className="notice fork-notice" role="status">
      <span className="notice-text" title={`Timeline forked at step ${forkedAt}: ${why}`}>
        <span aria-hidden="true">↪ </span>
        <strong>Timeline forked at step {forkedAt}</strong>: {why}
      </span>
      <button type="button" className="link" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
