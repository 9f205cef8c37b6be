// "Import scenario": a file input; a bad file raises an alert naming the problem.
interface Props {
  error: string | null;
  onFile(text: string, name: string): void;
  onDismiss(): void;
}

export function ImportScenario({ error, onFile, onDismiss }: Props) {
  return (
    <div className="import">
      <label className="file-button">
        Import scenario
        <input
          className="file-input"
          type="file"
          accept=".json,application/json"
          onChange={async (e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            if (!file) return;
            const text = await file.text();
            input.value = '';
            onFile(text, file.name);
          }}
        />
      </label>
      {error && (
        <div role="alert" className="alert">
          <p>{error}</p>
          <button type="button" onClick={onDismiss}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
