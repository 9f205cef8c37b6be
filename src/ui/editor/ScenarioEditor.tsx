// The scenario editor: a modal dialog with a form over the whole scenario, validated as you type.
import { type ReactNode, useEffect, useRef } from 'react';
import type { EditorModel } from '../../store/editorModel';
import type { ScenarioProblem } from '../../scenario/types';
import { ClusterSection } from './ClusterSection';
import { ConsumersSection } from './ConsumersSection';
import { ProducersSection } from './ProducersSection';
import { ScriptSection } from './ScriptSection';
import { TopicsSection } from './TopicsSection';

interface Props {
  model: EditorModel;
  problemCount: number;
  /** Problems no field shows, with their path. */
  unplaced: readonly ScenarioProblem[];
  status: string | null;
  saved: ReactNode;
  problemsAt(path: string): string[];
  onChange(model: EditorModel): void;
  onRun(): void;
  onSave(): void;
  onReset(): void;
  onClose(): void;
}

export function ScenarioEditor({ model, problemCount, unplaced, status, saved, problemsAt, onChange, onRun, onSave, onReset, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  const sections = { model, problemsAt, onChange };
  return (
    <dialog
      ref={ref}
      className="editor"
      aria-labelledby="editor-heading"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div className="editor-head">
        <h2 id="editor-heading">Scenario editor</h2>
        <button type="button" onClick={onReset}>
          Start from the open scenario
        </button>
        <button type="button" onClick={onClose}>
          Close editor
        </button>
      </div>
      <form className="editor-body" onSubmit={(e) => e.preventDefault()} aria-label="Scenario">
        <ClusterSection {...sections} />
        <TopicsSection {...sections} />
        <ProducersSection {...sections} />
        <ConsumersSection {...sections} />
        <ScriptSection {...sections} />
      </form>
      {saved}
      <div className="editor-foot">
        {unplaced.length > 0 && (
          <ul className="editor-problems" aria-label="Other problems">
            {unplaced.map((p) => (
              <li key={`${p.path}:${p.message}`}>
                {p.path}: {p.message}
              </li>
            ))}
          </ul>
        )}
        <p className="editor-summary" role="status">
          {problemCount === 0 ? 'No problems: ready to run.' : `${problemCount} problem${problemCount === 1 ? '' : 's'} to fix before it can run.`}
          {status ? ` ${status}` : ''}
        </p>
        <button type="button" className="primary" disabled={problemCount > 0} onClick={onRun}>
          Run this scenario
        </button>
        <button type="button" onClick={onSave}>
          Save in this browser
        </button>
      </div>
    </dialog>
  );
}
