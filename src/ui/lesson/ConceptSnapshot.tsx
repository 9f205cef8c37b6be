// "Concept snapshot": the lesson in a handful of bullets.
interface Props {
  summary: string | null;
  bullets: string[];
}

export function ConceptSnapshot({ summary, bullets }: Props) {
  return (
    <>
      {summary && <p className="concept-summary">{summary}</p>}
      <ul className="concept">
        {bullets.map((b) => (
          <li key={b}>{b}</li>
        ))}
      </ul>
    </>
  );
}
