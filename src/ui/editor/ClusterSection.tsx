// The scenario's header and its cluster: brokers, metadata mode and the key broker configs.
import { Field } from './Field';
import type { SectionProps } from './sectionTypes';

const NUM = { kind: 'text', numeric: true } as const;

export function ClusterSection({ model: m, problemsAt, onChange }: SectionProps) {
  const set = (patch: Partial<typeof m>) => onChange({ ...m, ...patch });
  return (
    <>
      <fieldset className="editor-section">
        <legend>Scenario</legend>
        <Field label="Title" wide value={m.title} problems={problemsAt('title')} onChange={(v) => set({ title: String(v) })} />
        <Field label="Description" wide value={m.description} problems={problemsAt('description')} onChange={(v) => set({ description: String(v) })} />
        <Field label="Seed" control={NUM} value={m.seed} problems={problemsAt('seed')} onChange={(v) => set({ seed: String(v) })} />
        <Field label="Duration (ms)" control={NUM} value={m.durationMs} problems={problemsAt('durationMs')} onChange={(v) => set({ durationMs: String(v) })} />
      </fieldset>
      <fieldset className="editor-section">
        <legend>Cluster</legend>
        <Field label="Brokers" control={NUM} value={m.brokers} problems={problemsAt('cluster.brokers')} onChange={(v) => set({ brokers: String(v) })} />
        <Field
          label="Metadata mode"
          control={{ kind: 'select', options: [['kraft', 'KRaft'], ['zookeeper', 'ZooKeeper']] }}
          value={m.metadata}
          problems={problemsAt('cluster.metadata')}
          onChange={(v) => set({ metadata: String(v) })}
        />
        <Field label="min.insync.replicas" control={NUM} value={m.minInsync} problems={problemsAt('cluster.config.min.insync.replicas')} onChange={(v) => set({ minInsync: String(v) })} />
        <Field
          label="unclean.leader.election.enable"
          control={{ kind: 'checkbox' }}
          value={m.unclean}
          problems={problemsAt('cluster.config.unclean.leader.election.enable')}
          onChange={(v) => set({ unclean: v === true })}
        />
        <Field
          label="replica.lag.time.max.ms"
          control={NUM}
          value={m.replicaLagMs}
          problems={problemsAt('cluster.config.replica.lag.time.max.ms')}
          onChange={(v) => set({ replicaLagMs: String(v) })}
        />
        <Field
          label="broker.session.timeout.ms"
          control={NUM}
          value={m.sessionTimeoutMs}
          problems={problemsAt('cluster.config.broker.session.timeout.ms')}
          onChange={(v) => set({ sessionTimeoutMs: String(v) })}
        />
      </fieldset>
    </>
  );
}
