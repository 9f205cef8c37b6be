// Every built-in lesson's deep dive, by lesson id (deepDive.test.ts checks each myth's event
// happens in the lesson's run).
import { firstMessage, partitionsAndKeys, whyProducersPublish } from './clients';
import { controllerKraft, controllerZookeeper } from './controller';
import { breakABroker, replicationAndAcks, uncleanElection } from './durability';
import { consumerGroups, offsetsAndReplay, retention } from './groups';
import type { DeepDive } from './types';

export type { BuildUpStep, DeepDive, MythBuster } from './types';

export const deepDives: Readonly<Record<string, DeepDive>> = {
  'first-message': firstMessage,
  'why-producers-publish': whyProducersPublish,
  'partitions-and-keys': partitionsAndKeys,
  'replication-and-acks': replicationAndAcks,
  'break-a-broker': breakABroker,
  'unclean-election': uncleanElection,
  'consumer-groups': consumerGroups,
  'offsets-and-replay': offsetsAndReplay,
  retention,
  'controller-zookeeper': controllerZookeeper,
  'controller-kraft': controllerKraft,
};
