// The read side's state: consumers (the application loop and the client) and consumer groups.
import type { TopicPartitionRef } from '../view.types';

export interface ConsumerState {
  id: string;
  groupId: string;
  status: 'running' | 'stopped' | 'crashed' | 'idle';
  assignment: TopicPartitionRef[];
  positions: Record<string, number>;
  received: { topic: string; partition: number; offset: number; key: string | null; value: string; atMs: number }[];
  error: string | null;
}

export interface GroupState {
  groupId: string;
  generation: number;
  protocol: string;
  state: string;
  members: { id: string; assignment: TopicPartitionRef[] }[];
  committed: Record<string, number>;
}
