interface Props {
  violation: string;
  onDismiss(): void;
}

/**
 * Development builds only (the engine checks its invariants there): the engine broke one of its
 * own rules, a bug in the simulator rather than a Kafka anomaly, so it is shown as an error.
 */
export function InvariantAlert({ violation, onDismiss }: Props) {
  return (
    <div className="notice engine-error" role="alert">
      <p>
        <strong>The engine broke one of its own rules (a simulator bug):</strong> {violation}
      </p>
      <button type="button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
