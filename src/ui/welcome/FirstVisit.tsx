// The first visit: what this is in two sentences, and two ways in. It sits over the diagram (not
// modal: the controls stay usable) and goes away once the visitor picks one, steps, or opens
// anything else.
interface Props {
  onStartLesson(): void;
  onExplore(): void;
}

export function FirstVisit({ onStartLesson, onExplore }: Props) {
  return (
    <section className="first-visit" aria-labelledby="first-visit-title">
      <h2 id="first-visit-title">Welcome to KafkaScope</h2>
      <p>
        A simulated Kafka cluster you can step through one event at a time: producers send records, brokers store and copy them, consumers read them. Step back,
        crash a broker, and watch what Kafka does.
      </p>
      <p className="first-visit-hint">New to Kafka? Lesson 1 follows one record from the producer to a consumer in about 5 minutes.</p>
      <div className="first-visit-actions">
        <button type="button" className="primary" onClick={onStartLesson}>
          Start lesson 1
        </button>
        <button type="button" onClick={onExplore}>
          Explore the cluster
        </button>
      </div>
    </section>
  );
}
