// The engine's own list of where it simplifies Kafka, plus what only the app simplifies.
import { type Simplification, simplifications as engineSimplifications } from '../../engine/simplifications';
import { SENDS_KEPT } from '../../worker/boundedView';

export type { Simplification };

export const simplifications: Simplification[] = [
  ...engineSimplifications,
  { topic: 'Time', text: 'Time is simulated in whole milliseconds and only moves when something happens; there is no CPU or disk cost.' },
  {
    topic: 'Long runs',
    text: `On a long run the page keeps each producer's newest ${SENDS_KEPT.toLocaleString('en-US')} sends (the counts stay exact, and stepping back brings older ones back). Brokers keep every record, as Kafka does until retention.ms or retention.bytes lets segments go, and consumers every record they read.`,
  },
];
