// One form field of the scenario editor, with its problems right under it (and in its description,
// so a screen reader reads them with the field). Values are kept as typed: the parser judges them.
import { type ReactNode, useId } from 'react';

type Kind = { kind: 'text'; numeric?: boolean } | { kind: 'select'; options: readonly (string | readonly [value: string, label: string])[] } | { kind: 'checkbox' };

interface Props {
  label: string;
  value: string | boolean;
  problems: readonly string[];
  control?: Kind;
  wide?: boolean;
  onChange(value: string | boolean): void;
}

export function Field({ label, value, problems, control = { kind: 'text' }, wide = false, onChange }: Props) {
  const id = useId();
  const problemId = `${id}-problem`;
  const invalid = problems.length > 0;
  const common = { id, 'aria-invalid': invalid || undefined, 'aria-describedby': invalid ? problemId : undefined };
  let input: ReactNode;
  if (control.kind === 'checkbox') {
    input = <input {...common} type="checkbox" checked={value === true} onChange={(e) => onChange(e.target.checked)} />;
  } else if (control.kind === 'select') {
    const options = control.options.map((o) => (typeof o === 'string' ? [o, o || '(default)'] : o));
    const known = options.some(([v]) => v === value);
    input = (
      <select {...common} value={String(value)} onChange={(e) => onChange(e.target.value)}>
        {!known && <option value={String(value)}>{String(value)}</option>}
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    );
  } else {
    input = <input {...common} type="text" inputMode={control.numeric ? 'numeric' : undefined} value={String(value)} onChange={(e) => onChange(e.target.value)} />;
  }
  return (
    <div className={`field${wide ? ' is-wide' : ''}${control.kind === 'checkbox' ? ' is-check' : ''}${invalid ? ' is-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {input}
      {invalid && (
        <span className="field-problem" id={problemId}>
          <span aria-hidden="true">⚠ </span>
          {problems.join('; ')}
        </span>
      )}
    </div>
  );
}
