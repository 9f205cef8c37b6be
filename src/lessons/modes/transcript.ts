// The step log as paragraphs: what "Export step log as Markdown" writes (the "Full transcript" tab
// itself tells the story in a few paragraphs, storyTranscript.ts). Steps with events (and
// other non-routine steps) become sentences; routine steps (heartbeats, empty fetches, idle
// polls) are folded into one "Meanwhile …" sentence per paragraph. A lesson's narration opens
// the paragraph its cue falls in.
import type { SimEvent, StepRow } from '../../engine/view.types';
import type { Lesson } from '../types';
import { resolveNarration } from './narration';

type Row = StepRow & { routine?: boolean };

/** A paragraph also ends after this many sentences, or at a pause this long between them. */
const SENTENCES_PER_PARAGRAPH = 8;
const PAUSE_MS = 1000;
const MIN_ROUTINE_TOLD = 3;

const ROUTINE_KINDS: [RegExp, string][] = [
  [/heartbeat/i, 'heartbeat'],
  [/retention/i, 'the brokers checked retention'],
  [/lag|isr-expiration/i, 'the leaders checked their followers for lag'],
  [/metadata/i, 'the clients refreshed their metadata'],
];

function routinePhrase(row: Row): string {
  const text = `${row.component} ${row.action}`;
  const consumerSide = /^(Consumer|Group coordinator)/.test(row.component) || /consumer/i.test(row.action);
  for (const [pattern, phrase] of ROUTINE_KINDS) {
    if (!pattern.test(text)) continue;
    if (phrase !== 'heartbeat') return phrase;
    return consumerSide ? 'the consumers kept heartbeating to their group coordinator' : 'the brokers kept heartbeating to the controller';
  }
  // A consumer's poll loop and the fetches behind it are one activity for a listener.
  if (consumerSide && /fetch|poll/i.test(text)) return 'the consumers kept polling';
  if (/fetch/i.test(text)) return 'the followers kept fetching from their leaders';
  return 'the cluster went about its routine work';
}

function joinWords(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}

function clause(s: string): string {
  const t = s.trim().replace(/[.;]+$/, '');
  return t === '' || t === 'No change' ? '' : t;
}

/** One row as a sentence: who did what — what it meant; what came of it. */
export function rowSentence(row: StepRow): string {
  const details = [clause(row.messageState), clause(row.output)].filter((c) => c !== '');
  const tail = details.length ? ` — ${details.join('; ')}` : '';
  return `At ${seconds(row.timeMs)} (step ${row.step}), ${row.component}: ${clause(row.action)}${tail}.`;
}

/** Repeated rows ("Is down: ProduceRequest refused" nine times) read as one sentence. */
function shape(row: StepRow): string {
  return `${row.component}|${row.action}`.replace(/\d+/g, '#');
}

class ParagraphWriter {
  readonly paragraphs: string[] = [];
  private sentences: string[] = [];
  private routine = new Map<string, number>();
  private lastShape = '';
  private repeats = 0;

  routineRow(row: Row): void {
    const phrase = routinePhrase(row);
    this.routine.set(phrase, (this.routine.get(phrase) ?? 0) + 1);
  }

  notable(row: Row): void {
    const s = shape(row);
    if (s === this.lastShape) {
      this.repeats++;
      return;
    }
    this.closeRepeats();
    this.lastShape = s;
    this.notableCount++;
    this.sentences.push(rowSentence(row));
  }

  /** Sentences written since the paragraph began (a narration lead does not count). */
  notableCount = 0;

  private closeRepeats(): void {
    if (this.repeats > 0) this.sentences.push(`The same happened ${this.repeats} more time${this.repeats === 1 ? '' : 's'}.`);
    this.repeats = 0;
  }

  /** Ends the paragraph; `last` flushes every routine step still untold. */
  end(lead?: string, last = false): void {
    this.closeRepeats();
    this.lastShape = '';
    const steps = [...this.routine.values()].reduce((a, b) => a + b, 0);
    // A step or two of routine is not worth a sentence yet: it is told with the next paragraph's.
    if (steps >= MIN_ROUTINE_TOLD || (last && steps > 0)) {
      this.sentences.push(`Meanwhile ${joinWords([...this.routine.keys()])} (${steps} routine step${steps === 1 ? '' : 's'}).`);
      this.routine.clear();
    }
    if (this.sentences.length > 0) this.paragraphs.push(this.sentences.join(' '));
    this.sentences = lead ? [lead] : [];
    this.notableCount = 0;
  }
}

/** The run as paragraphs. Pass every row and event of the run (and the lesson, if any). */
export function fullTranscript(rows: readonly Row[], events: readonly SimEvent[], lesson?: Pick<Lesson, 'summary' | 'narration'>): string[] {
  const eventSteps = new Set(events.map((e) => e.step));
  const cues = new Map<number, string[]>();
  for (const cue of lesson ? resolveNarration(lesson.narration, events) : []) {
    if (cue.step !== null) cues.set(cue.step, [...(cues.get(cue.step) ?? []), cue.text]);
  }
  const out = new ParagraphWriter();
  if (lesson?.summary) out.paragraphs.push(lesson.summary);
  let lastNotableMs = 0;
  for (const row of rows) {
    const lead = cues.get(row.step);
    if (lead) out.end(lead.join(' '));
    const notable = eventSteps.has(row.step) || !row.routine;
    if (!notable) {
      out.routineRow(row);
      continue;
    }
    const pause = row.timeMs - lastNotableMs >= PAUSE_MS;
    if (out.notableCount > 0 && (pause || out.notableCount >= SENTENCES_PER_PARAGRAPH)) out.end();
    lastNotableMs = row.timeMs;
    out.notable(row);
  }
  out.end(undefined, true);
  return out.paragraphs;
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

/** The transcript as a Markdown document, ready to download or paste. */
export function transcriptMarkdown(title: string, paragraphs: readonly string[]): string {
  return `# ${escapeMarkdown(title)}\n\n${paragraphs.map(escapeMarkdown).join('\n\n')}\n`;
}
