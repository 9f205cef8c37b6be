// "Execution sample": client code with the line that is executing at a step. A line becomes
// current when its cue's event happens and stays current until the next cued line's event.
import type { SimEvent } from '../../engine/view.types';
import type { Scenario, ScriptAction } from '../../scenario/types';
import type { CodeSample } from '../types';
import { latestReached, resolveEvent } from './resolveEvent';

export interface CodeLineView {
  line: number; // 1-based
  text: string;
  /** The step the line runs at in this run; null for uncued lines or events that never happen. */
  step: number | null;
  current: boolean;
}

export function executionSample(code: CodeSample, events: readonly SimEvent[], currentStep: number): { lines: CodeLineView[]; currentLine: number | null } {
  const cues = code.cues.map((c) => ({ line: c.line, step: resolveEvent(events, c.event) }));
  const at = latestReached(cues, currentStep);
  const currentLine = at === null ? null : cues[at].line;
  const lines = code.lines.map((text, i) => ({
    line: i + 1,
    text,
    step: cues.find((c) => c.line === i + 1)?.step ?? null,
    current: currentLine === i + 1,
  }));
  return { lines, currentLine };
}

const MAX_ACTIONS = 12;

function javaString(s: string | null): string {
  return s === null ? 'null' : JSON.stringify(s);
}

function actionCode(a: ScriptAction, sends: Map<string, number>): { text: string; event?: CodeSample['cues'][number]['event'] } {
  switch (a.do) {
    case 'produce': {
      const nth = (sends.get(a.producer) ?? 0) + 1;
      sends.set(a.producer, nth - 1 + a.count);
      const record = `new ProducerRecord<>(${javaString(a.topic)}, ${javaString(a.key)}, ${javaString(a.value)})`;
      const loop = a.count > 1 ? `for (int i = 0; i < ${a.count}; i++) ` : '';
      return { text: `${loop}${a.producer}.send(${record});`, event: { type: 'RecordSent', producer: a.producer, nth } };
    }
    case 'flush':
      return { text: `${a.producer}.flush();  // send now and wait for the acks` };
    case 'commit':
      return { text: `${a.consumer}.commitSync();`, event: { type: 'OffsetsCommitted', consumer: a.consumer } };
    case 'crashBroker':
      return { text: `// broker ${a.broker} crashes`, event: { type: 'BrokerCrashed', broker: a.broker } };
    case 'restartBroker':
      return { text: `// broker ${a.broker} restarts`, event: { type: 'BrokerRestarted', broker: a.broker } };
    case 'startConsumer':
      return { text: `${a.consumer}.subscribe(…);  // starts and joins its group`, event: { type: 'ConsumerStarted', consumer: a.consumer } };
    case 'crashConsumer':
      return { text: `// ${a.consumer} crashes without leaving its group`, event: { type: 'ConsumerCrashed', consumer: a.consumer } };
    case 'stopConsumer':
      return { text: `${a.consumer}.close();`, event: { type: 'ConsumerStopped', consumer: a.consumer } };
    default:
      return { text: `// at ${a.atMs} ms: ${a.do}` };
  }
}

/** Client code for a teacher's scenario: its consumers' poll loops, then its script. */
export function genericCodeSample(scenario: Scenario): CodeSample {
  const lines: string[] = [];
  const cues: CodeSample['cues'] = [];
  const add = (text: string, event?: CodeSample['cues'][number]['event']) => {
    lines.push(text);
    if (event) cues.push({ line: lines.length, event });
  };
  for (const c of scenario.consumers.slice(0, 2)) {
    add(`${c.id}.subscribe(List.of(${c.topics.map(javaString).join(', ')}));  // group ${c.groupId}`, { type: 'ConsumerStarted', consumer: c.id });
    add(`var records = ${c.id}.poll(Duration.ofMillis(${c.pollIntervalMs}));`, { type: 'RecordsPolled', consumer: c.id });
    if (c.commitMode === 'auto') add(`// enable.auto.commit: a later poll() commits every ${c.config.autoCommitIntervalMs} ms`, { type: 'OffsetsCommitted', consumer: c.id });
    else if (c.commitMode !== 'script') add(`${c.id}.commitSync();  // ${c.commitMode}`, { type: 'OffsetsCommitted', consumer: c.id });
  }
  const sends = new Map<string, number>();
  for (const a of scenario.script.slice(0, MAX_ACTIONS)) {
    const { text, event } = actionCode(a, sends);
    add(text, event);
  }
  if (scenario.script.length > MAX_ACTIONS) add(`// … ${scenario.script.length - MAX_ACTIONS} more actions`);
  return { language: 'java', lines, cues };
}
