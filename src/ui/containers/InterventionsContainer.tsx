// The interventions toolbar: each one forks the timeline at the current step.
import { useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { AppState } from '../../store/state';
import * as sel from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';
import { AcksControl } from '../interventions/AcksControl';
import { ConsumerControls } from '../interventions/ConsumerControls';
import { NetworkControls } from '../interventions/NetworkControls';
import { SendRecordForm } from '../interventions/SendRecordForm';
import { useAutoCloseDetails } from '../useAutoCloseDetails';

const selectProducers = (s: AppState) => (s.view?.producers ?? []).map((p) => `${p.id}\u0000${p.acks}`);
const selectConsumers = (s: AppState) => (s.view?.consumers ?? []).map((c) => `${c.id}\u0000${c.status}`);
const selectTopics = (s: AppState) => (s.scenario?.topics ?? []).map((t) => t.name);
const selectBrokerIds = (s: AppState) => (s.view?.brokers ?? []).map((b) => b.id);
const selectAnyCut = (s: AppState) => (s.view ? s.view.network.cutLinks.length > 0 || s.view.network.isolated.length > 0 : false);

const split = (x: string) => x.split('\u0000') as [string, string];

export function InterventionsContainer() {
  const ready = useAppStore(sel.selectReady);
  const actions = useAppStore(sel.selectActions);
  const producers = useAppStore(useShallow(selectProducers)).map(split);
  const consumers = useAppStore(useShallow(selectConsumers)).map(split);
  const topics = useAppStore(useShallow(selectTopics));
  const brokers = useAppStore(useShallow(selectBrokerIds));
  const anyCut = useAppStore(selectAnyCut);
  const moreRef = useRef<HTMLDetailsElement>(null);
  useAutoCloseDetails(moreRef);
  const nodes = [...brokers.map((b) => `broker-${b}`), 'controller', ...producers.map(([id]) => id), ...consumers.map(([id]) => id)];
  return (
    <section className="interventions" aria-label="Interventions">
      <SendRecordForm producers={producers.map(([id]) => id)} topics={topics} disabled={!ready} onSend={actions.intervene} />
      <details className="more-interventions" ref={moreRef}>
        <summary>More interventions</summary>
        <div className="more-body">
          <NetworkControls nodes={nodes} anyCut={anyCut} disabled={!ready} onAction={actions.intervene} />
          <ConsumerControls
            consumers={consumers.map(([id, status]) => ({ id, status: status as 'running' }))}
            disabled={!ready}
            onAction={actions.intervene}
          />
          <AcksControl producers={producers.map(([id, acks]) => ({ id, acks }))} disabled={!ready} onAction={actions.intervene} />
        </div>
      </details>
    </section>
  );
}
