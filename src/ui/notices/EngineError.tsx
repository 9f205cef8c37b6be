interface Props {
  message: string;
}

/** A plain message when the engine refused or failed: never a stack trace. */
export function EngineError({ message }: Props) {
  return (
    <div className="notice engine-error" role="alert">
      <strong>The simulation stopped:</strong> {message}
    </div>
  );
}
