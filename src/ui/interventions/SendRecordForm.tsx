// "Send a record": the teacher's own produce() call, made at the current step.
import { type FormEvent, useState } from 'react';
import type { Intervention } from '../../engine/api.types';

interface Props {
  producers: string[];
  topics: string[];
  disabled: boolean;
  onSend(action: Intervention): void;
}

export function SendRecordForm({ producers, topics, disabled, onSend }: Props) {
  const [producer, setProducer] = useState('');
  const [topic, setTopic] = useState('');
  const [key, setKey] = useState('');
  const [value, setValue] = useState('');
  const chosenProducer = producers.includes(producer) ? producer : (producers[0] ?? '');
  const chosenTopic = topics.includes(topic) ? topic : (topics[0] ?? '');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!chosenProducer || !chosenTopic) return;
    onSend({ do: 'produce', producer: chosenProducer, topic: chosenTopic, key: key === '' ? null : key, value, count: 1, everyMs: 0 });
    setValue('');
  };
  return (
    <form className="send-form" aria-label="Send a record" onSubmit={submit}>
      <label>
        Producer{' '}
        <select value={chosenProducer} onChange={(e) => setProducer(e.target.value)}>
          {producers.map((p) => (
            <option key={p}>{p}</option>
          ))}
        </select>
      </label>
      {topics.length > 1 && (
        <label>
          Topic{' '}
          <select value={chosenTopic} onChange={(e) => setTopic(e.target.value)}>
            {topics.map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
        </label>
      )}
      <label>
        Key <input type="text" value={key} size={8} placeholder="null" onChange={(e) => setKey(e.target.value)} />
      </label>
      <label>
        Value <input type="text" value={value} size={10} onChange={(e) => setValue(e.target.value)} />
      </label>
      <button type="submit" className="primary" disabled={disabled || !chosenProducer || !chosenTopic}>
        Send
      </button>
    </form>
  );
}
