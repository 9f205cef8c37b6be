// Test helper: plays a scenario file from scenarios/ with invariants checked after every step.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { playScenario } from '../../cli/playScenario';
import { parseScenario } from '../../scenario/parse';
import type { Scenario } from '../../scenario/types';

export interface Played {
  partitions: { topic: string; partition: number; leader: number | null; leaderEpoch: number; isr: number[]; highWatermark: number;
    replicaLogs: Record<string, { logEndOffset: number; highWatermark: number; records: { offset: number; value: string; leaderEpoch: number }[] }> }[];
  producers: { id: string; sends: { value: string; status: string; partition: number | null; offset: number | null; error: string | null }[] }[];
  anomalies: { kind: string; step: number; detail: string }[];
  invariantViolations: string[];
  steps: number;
}

export function loadScenario(file: string, patch: (raw: Record<string, unknown>) => void = () => {}): Scenario {
  const raw = JSON.parse(readFileSync(join(__dirname, '../../../scenarios', file), 'utf8'));
  patch(raw);
  const parsed = parseScenario(raw);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return parsed.scenario;
}

export function play(file: string, options: { untilMs?: number; patch?: (raw: Record<string, unknown>) => void } = {}): Played {
  return playScenario(loadScenario(file, options.patch), { untilMs: options.untilMs, checkInvariants: true }) as unknown as Played;
}

export function values(played: Played, broker: number, tp = 't-0'): string[] {
  const p = played.partitions.find((x) => `${x.topic}-${x.partition}` === tp)!;
  return p.replicaLogs[String(broker)].records.map((r) => r.value);
}

export function sendOf(played: Played, value: string, producer = 'p1') {
  return played.producers.find((p) => p.id === producer)!.sends.find((s) => s.value === value)!;
}

export function kinds(played: Played): string[] {
  return [...new Set(played.anomalies.map((a) => a.kind))].sort();
}
