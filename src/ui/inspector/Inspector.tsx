// The inspector: the Kafka fields of whatever is selected; for a broker, its panel of actions.
import { useEffect, useRef } from 'react';
import type { Selection } from '../../store/selection';
import type { InspectorContent } from './inspectorFields';

interface Props {
  content: InspectorContent | null;
  /** Set when a broker was activated: shows its actions and takes focus. */
  broker: { id: number; down: boolean; isolated: boolean } | null;
  focusKey: number;
  onBrokerAction(action: 'crash' | 'restart' | 'isolate' | 'heal', broker: number): void;
  onSelect(selection: Selection): void;
  onClose(): void;
}

export function Inspector({ content, broker, focusKey, onBrokerAction, onSelect, onClose }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusKey > 0) headingRef.current?.focus();
  }, [focusKey]);
  return (
    <section className="panel inspector" aria-labelledby="inspector-heading">
      <h2 id="inspector-heading" ref={headingRef} tabIndex={-1}>
        {content ? content.title : 'Inspector'}
      </h2>
      {!content && <p className="panel-sub">Select a broker, replica, record, producer or consumer in the diagram.</p>}
      {broker && (
        <fieldset className="broker-actions">
          <legend className="visually-hidden">Broker {broker.id} actions</legend>
          <button type="button" className="danger" disabled={broker.down} onClick={() => onBrokerAction('crash', broker.id)}>
            Crash broker {broker.id}
          </button>
          <button type="button" disabled={!broker.down} onClick={() => onBrokerAction('restart', broker.id)}>
            Restart broker {broker.id}
          </button>
          {broker.isolated ? (
            <button type="button" onClick={() => onBrokerAction('heal', broker.id)}>
              Heal broker {broker.id}
            </button>
          ) : (
            <button type="button" onClick={() => onBrokerAction('isolate', broker.id)}>
              Isolate broker {broker.id}
            </button>
          )}
        </fieldset>
      )}
      {content && (
        <>
          <dl className="fields">
            {content.fields.map(([k, v]) => (
              <div key={k}>
                <dt>{k}</dt>
                <dd>{v}</dd>
              </div>
            ))}
          </dl>
          {content.items.length > 0 && (
            <>
              <h3>{content.itemsTitle ?? 'Items'}</h3>
              <ul className="pick-list">
                {content.items.map((it) => (
                  <li key={it.label}>
                    <button type="button" className="link" onClick={() => onSelect(it.select)}>
                      {it.label}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
          <button type="button" className="close" onClick={onClose}>
            Clear selection
          </button>
        </>
      )}
    </section>
  );
}
