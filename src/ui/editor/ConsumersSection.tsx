// Consumers: id, group, topics, commit mode, auto.offset.reset and the assignor, one row each.
import { emptyConsumer } from '../../store/editorModel';
import { Field } from './Field';
import { patchAt, removeAt, type SectionProps } from './sectionTypes';

const COMMIT = ['auto', 'after-processing', 'before-processing', 'script'] as const;
const RESET = [['', '(default: latest)'], 'earliest', 'latest', 'none'] as const;
const ASSIGNOR = [['', '(default: range)'], 'range', 'roundrobin', 'sticky', 'cooperative-sticky'] as const;

export function ConsumersSection({ model: m, problemsAt, onChange }: SectionProps) {
  const patch = (i: number, p: Partial<(typeof m.consumers)[number]>) => onChange({ ...m, consumers: patchAt(m.consumers, i, p) });
  const add = () => onChange({ ...m, consumers: [...m.consumers, emptyConsumer(m.consumers.length + 1, m.topics[0]?.name ?? '')] });
  return (
    <fieldset className="editor-section">
      <legend>Consumers</legend>
      {m.consumers.map((c, i) => {
        const at = (f: string) => problemsAt(`consumers[${i}].${f}`);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional, like the file's list
          <fieldset key={i} className="editor-row">
            <legend>Consumer {i + 1}</legend>
            <Field label="Id" value={c.id} problems={at('id')} onChange={(v) => patch(i, { id: String(v) })} />
            <Field label="Group" value={c.groupId} problems={at('groupId')} onChange={(v) => patch(i, { groupId: String(v) })} />
            <Field label="Topics (comma-separated)" value={c.topics} problems={at('topics')} onChange={(v) => patch(i, { topics: String(v) })} />
            <Field label="Commit mode" control={{ kind: 'select', options: COMMIT }} value={c.commitMode || 'auto'} problems={at('commitMode')} onChange={(v) => patch(i, { commitMode: String(v) })} />
            <Field
              label="auto.offset.reset"
              control={{ kind: 'select', options: RESET }}
              value={c.offsetReset}
              problems={at('config.auto.offset.reset')}
              onChange={(v) => patch(i, { offsetReset: String(v) })}
            />
            <Field
              label="Assignor"
              control={{ kind: 'select', options: ASSIGNOR }}
              value={c.assignor}
              problems={at('config.partition.assignment.strategy')}
              onChange={(v) => patch(i, { assignor: String(v) })}
            />
            <button type="button" className="link" onClick={() => onChange({ ...m, consumers: removeAt(m.consumers, i) })}>
              Remove consumer {i + 1}
            </button>
          </fieldset>
        );
      })}
      <button type="button" onClick={add}>
        Add consumer
      </button>
    </fieldset>
  );
}
