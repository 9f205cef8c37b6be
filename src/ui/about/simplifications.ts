// The engine's own list of where it simplifies Kafka, plus what only the app simplifies.
import { type Simplification, simplifications as engineSimplifications } from '../../engine/simplifications';

export type { Simplification };

export const simplifications: Simplification[] = [
  ...engineSimplifications,
  { topic: 'Time', text: 'Time is simulated in whole milliseconds and only moves when something happens; there is no CPU or disk cost.' },
];
