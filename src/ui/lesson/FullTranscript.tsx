// "Full transcript": the story as prose a teacher can read aloud; the step-by-step log is an
// export (Markdown or CSV), not something to read on screen.
interface Props {
  paragraphs: string[];
  onExportMarkdown(): void;
  onExportCsv(): void;
}

export function FullTranscript({ paragraphs, onExportMarkdown, onExportCsv }: Props) {
  return (
    <div className="transcript">
      {paragraphs.map((p, i) => (
        // Paragraphs are positional; the text of two may be the same.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <p key={i}>{p}</p>
      ))}
      <p className="panel-sub">Every step of the run, as in the execution table:</p>
      <div className="quiz-tools">
        <button type="button" onClick={onExportMarkdown}>
          Export step log as Markdown
        </button>
        <button type="button" onClick={onExportCsv}>
          Export step log as CSV
        </button>
      </div>
    </div>
  );
}
