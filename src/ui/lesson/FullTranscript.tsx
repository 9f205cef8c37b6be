// "Full transcript": the whole run as prose a teacher can read aloud, and export as Markdown.
interface Props {
  paragraphs: string[];
  onExport(): void;
}

export function FullTranscript({ paragraphs, onExport }: Props) {
  return (
    <div className="transcript">
      <button type="button" onClick={onExport}>
        Export transcript as Markdown
      </button>
      {paragraphs.map((p, i) => (
        // Paragraphs are positional: the same text may come twice ("The same happened …").
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <p key={i}>{p}</p>
      ))}
    </div>
  );
}
