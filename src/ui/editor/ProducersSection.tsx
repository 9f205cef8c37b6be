// Producers: id, acks, idempotence and linger.ms, one row each.
import { emptyProducer } from '../../store/editorModel';
import { Field } from './Field';
import { patchAt, removeAt, type SectionProps } from './sectionTypes';

const ACKS = [['', '(default: all)'], '0', '1', 'all'] as const;
const IDEMPOTENCE = [['', '(default)'], 'true', 'false'] as const;

export function ProducersSection({ model: m, problemsAt, onChange }: SectionProps) {
  const patch = (i: number, p: Partial<(typeof m.producers)[number]>) => onChange({ ...m, producers: patchAt(m.producers, i, p) });
  return (
    <fieldset className="editor-section">
      <legend>Producers</legend>
      {m.producers.map((p, i) => {
        const at = (f: string) => problemsAt(`producers[${i}].${f}`);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional, like the file's list
          <fieldset key={i} className="editor-row">
            <legend>Producer {i + 1}</legend>
            <Field label="Id" value={p.id} problems={at('id')} onChange={(v) => patch(i, { id: String(v) })} />
            <Field label="acks" control={{ kind: 'select', options: ACKS }} value={p.acks} problems={at('config.acks')} onChange={(v) => patch(i, { acks: String(v) })} />
            <Field
              label="enable.idempotence"
              control={{ kind: 'select', options: IDEMPOTENCE }}
              value={p.idempotence}
              problems={at('config.enable.idempotence')}
              onChange={(v) => patch(i, { idempotence: String(v) })}
            />
            <Field label="linger.ms" control={{ kind: 'text', numeric: true }} value={p.lingerMs} problems={at('config.linger.ms')} onChange={(v) => patch(i, { lingerMs: String(v) })} />
            <button type="button" className="link" onClick={() => onChange({ ...m, producers: removeAt(m.producers, i) })}>
              Remove producer {i + 1}
            </button>
          </fieldset>
        );
      })}
      <button type="button" onClick={() => onChange({ ...m, producers: [...m.producers, emptyProducer(m.producers.length + 1)] })}>
        Add producer
      </button>
    </fieldset>
  );
}
