interface Props {
  message: string;
}

/** A plain message when the engine refused or failed: never a stack trace. One line, whole in its tooltip. */
export function EngineError({ message }: Props) {
  return (
    <div className="notice engine-error" role="alert">
      <span className="notice-text" title={message}>
        <strong>The simulation stopped:</strong> {message}
      </span>
    </div>
  );
}
