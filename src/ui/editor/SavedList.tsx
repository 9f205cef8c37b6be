// The scenarios saved in this browser: reopen one in the editor, run it, or delete it.
import type { SavedScenario } from '../../store/savedScenarios';

interface Props {
  saved: readonly SavedScenario[];
  onEdit(id: string): void;
  onRun(id: string): void;
  onDelete(id: string): void;
}

export function SavedList({ saved, onEdit, onRun, onDelete }: Props) {
  return (
    <section className="editor-saved" aria-labelledby="saved-heading">
      <h3 id="saved-heading">Saved in this browser</h3>
      {saved.length === 0 ? (
        <p className="panel-sub">Nothing saved yet. "Save in this browser" keeps the scenario here, even after a reload.</p>
      ) : (
        <ul aria-label="Saved scenarios">
          {saved.map((s) => (
            <li key={s.id}>
              <span className="saved-title">{s.title}</span>
              <button type="button" onClick={() => onEdit(s.id)}>
                Edit<span className="visually-hidden"> {s.title}</span>
              </button>
              <button type="button" onClick={() => onRun(s.id)}>
                Run<span className="visually-hidden"> {s.title}</span>
              </button>
              <button type="button" className="danger" onClick={() => onDelete(s.id)}>
                Delete<span className="visually-hidden"> {s.title}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
