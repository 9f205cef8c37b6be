interface Props {
  forkedAt: number;
  onDismiss(): void;
}

/** Says plainly that an intervention replaced the future that had been played. */
export function ForkNotice({ forkedAt, onDismiss }: Props) {
  return (
    <div className="notice fork-notice" role="status">
      <span aria-hidden="true">↪ </span>
      <strong>Timeline forked at step {forkedAt}</strong>: the steps played after it were discarded; what happens next is new.
      <button type="button" className="link" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
