// A link or saved scenario that could not be opened: what was wrong with it, as plain text, on one
// line (the whole message in its tooltip).
interface Props {
  message: string;
  onDismiss(): void;
}

export function LaunchAlert({ message, onDismiss }: Props) {
  return (
    <div role="alert" className="notice launch-alert">
      <p className="notice-text" title={message}>
        {message}
      </p>
      <button type="button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
