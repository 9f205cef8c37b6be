// "Compare": the lessons built on a contrast play twice, same scenario and seed, one setting
// changed. Each entry says which setting and how the lesson's file changes; both runs are played
// by the lesson-run worker and stepped together by simulated time (modes/compareRuns.ts).
import type { ScenarioFile } from '../../scenario/schema';

export interface LessonCompare {
  /** The setting that differs, as Kafka names it. */
  setting: string;
  /** The lesson's own run and the changed one, as the columns are headed. */
  base: string;
  other: string;
  /** The lesson's scenario file with the one setting changed. */
  change(file: ScenarioFile): ScenarioFile;
}

type Json = Record<string, unknown>;

/** The file with `config[key]` set on every producer (or consumer) listed. */
function withClientConfig(file: ScenarioFile, section: 'producers' | 'consumers', key: string, value: unknown): ScenarioFile {
  const clients = (file[section] ?? []) as Json[];
  return { ...file, [section]: clients.map((c) => ({ ...c, config: { ...((c.config as Json | undefined) ?? {}), [key]: value } })) };
}

function withCluster(file: ScenarioFile, patch: Json, config: Json = {}): ScenarioFile {
  const cluster = file.cluster as Json;
  return { ...file, cluster: { ...cluster, ...patch, config: { ...((cluster.config as Json | undefined) ?? {}), ...config } } } as ScenarioFile;
}

const metadataCompare = (from: 'kraft' | 'zookeeper'): LessonCompare => {
  const to = from === 'kraft' ? 'zookeeper' : 'kraft';
  const name = { kraft: 'KRaft', zookeeper: 'ZooKeeper' };
  return { setting: 'cluster.metadata', base: name[from], other: name[to], change: (f) => withCluster(f, { metadata: to }) };
};

export const lessonCompares = {
  'break-a-broker': { setting: 'acks', base: 'acks=1', other: 'acks=all', change: (f) => withClientConfig(f, 'producers', 'acks', 'all') },
  'unclean-election': {
    setting: 'unclean.leader.election.enable',
    base: 'unclean election on',
    other: 'unclean election off',
    change: (f) => withCluster(f, {}, { 'unclean.leader.election.enable': false }),
  },
  'consumer-groups': {
    setting: 'partition.assignment.strategy',
    base: 'eager (range)',
    other: 'cooperative-sticky',
    change: (f) => withClientConfig(f, 'consumers', 'partition.assignment.strategy', 'cooperative-sticky'),
  },
  'controller-zookeeper': metadataCompare('zookeeper'),
  'controller-kraft': metadataCompare('kraft'),
} satisfies Record<string, LessonCompare>;
