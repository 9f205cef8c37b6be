// The built-in lessons as a list, apart from the learning-mode generators in index.ts: the lesson
// kit on the main thread imports this without the headless run (and its copy of the engine).
import { breakABroker } from './builtin/breakABroker';
import { consumerGroups } from './builtin/consumerGroups';
import { controllerKraft, controllerZookeeper } from './builtin/controller';
import { firstMessage } from './builtin/firstMessage';
import { offsetsAndReplay } from './builtin/offsetsAndReplay';
import { partitionsAndKeys } from './builtin/partitionsAndKeys';
import { replicationAndAcks } from './builtin/replicationAndAcks';
import { retention } from './builtin/retention';
import { uncleanElection } from './builtin/uncleanElection';
import { whyProducersPublish } from './builtin/whyProducersPublish';
import type { Lesson } from './types';

/** The built-in lessons, in teaching order. */
export const lessons: Lesson[] = [
  firstMessage,
  whyProducersPublish,
  partitionsAndKeys,
  replicationAndAcks,
  breakABroker,
  uncleanElection,
  consumerGroups,
  offsetsAndReplay,
  retention,
  controllerZookeeper,
  controllerKraft,
];

export function findLesson(id: string): Lesson | undefined {
  return lessons.find((l) => l.id === id);
}
