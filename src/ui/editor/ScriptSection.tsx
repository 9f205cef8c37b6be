// The script: one row per action (when, what, and the fields that action takes).
import { ACTION_FIELDS, emptyAction, withActionKind } from '../../store/editorModel';
import { Field } from './Field';
import { patchAt, removeAt, type SectionProps } from './sectionTypes';

const KINDS = Object.keys(ACTION_FIELDS);
const NUMERIC = new Set(['partition', 'count', 'everyMs', 'broker']);
const LABELS: Record<string, string> = { between: 'Between (two nodes, comma-separated)', everyMs: 'Every (ms)', key: 'Key (empty = null)' };

export function ScriptSection({ model: m, problemsAt, onChange }: SectionProps) {
  const set = (i: number, a: (typeof m.script)[number]) => onChange({ ...m, script: patchAt(m.script, i, a) });
  return (
    <fieldset className="editor-section">
      <legend>Script</legend>
      {m.script.map((a, i) => {
        const at = (f: string) => problemsAt(`script[${i}].${f}`);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional, like the file's list
          <fieldset key={i} className="editor-row">
            <legend>Action {i + 1}</legend>
            <Field label="At (ms)" control={{ kind: 'text', numeric: true }} value={a.atMs} problems={at('atMs')} onChange={(v) => set(i, { ...a, atMs: String(v) })} />
            <Field label="Do" control={{ kind: 'select', options: KINDS }} value={a.do} problems={at('do')} onChange={(v) => set(i, withActionKind(a, String(v)))} />
            {(ACTION_FIELDS[a.do] ?? []).map((f) => (
              <Field
                key={f}
                label={LABELS[f] ?? f[0].toUpperCase() + f.slice(1)}
                control={{ kind: 'text', numeric: NUMERIC.has(f) }}
                value={a.fields[f] ?? ''}
                problems={at(f)}
                onChange={(v) => set(i, { ...a, fields: { ...a.fields, [f]: String(v) } })}
              />
            ))}
            <button type="button" className="link" onClick={() => onChange({ ...m, script: removeAt(m.script, i) })}>
              Remove action {i + 1}
            </button>
          </fieldset>
        );
      })}
      <button type="button" onClick={() => onChange({ ...m, script: [...m.script, emptyAction()] })}>
        Add action
      </button>
    </fieldset>
  );
}
