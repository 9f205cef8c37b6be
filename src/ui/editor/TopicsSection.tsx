// Topics: name, partitions, replication factor and min.insync.replicas, one row each.
import { emptyTopic } from '../../store/editorModel';
import { Field } from './Field';
import { patchAt, removeAt, type SectionProps } from './sectionTypes';

const NUM = { kind: 'text', numeric: true } as const;

export function TopicsSection({ model: m, problemsAt, onChange }: SectionProps) {
  const patch = (i: number, p: Partial<(typeof m.topics)[number]>) => onChange({ ...m, topics: patchAt(m.topics, i, p) });
  return (
    <fieldset className="editor-section">
      <legend>Topics</legend>
      {m.topics.map((t, i) => {
        const at = (f: string) => problemsAt(`topics[${i}].${f}`);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional, like the file's list
          <fieldset key={i} className="editor-row">
            <legend>Topic {i + 1}</legend>
            <Field label="Name" value={t.name} problems={at('name')} onChange={(v) => patch(i, { name: String(v) })} />
            <Field label="Partitions" control={NUM} value={t.partitions} problems={at('partitions')} onChange={(v) => patch(i, { partitions: String(v) })} />
            <Field label="Replication factor" control={NUM} value={t.replicationFactor} problems={at('replicationFactor')} onChange={(v) => patch(i, { replicationFactor: String(v) })} />
            <Field label="min.insync.replicas" control={NUM} value={t.minInsync} problems={at('config.min.insync.replicas')} onChange={(v) => patch(i, { minInsync: String(v) })} />
            <button type="button" className="link" onClick={() => onChange({ ...m, topics: removeAt(m.topics, i) })}>
              Remove topic {i + 1}
            </button>
          </fieldset>
        );
      })}
      <button type="button" onClick={() => onChange({ ...m, topics: [...m.topics, emptyTopic(m.topics.length + 1)] })}>
        Add topic
      </button>
    </fieldset>
  );
}
