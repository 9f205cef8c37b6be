// What a consumer chip says (a big group's member drawn as a chip, not a full box): its id (with a
// mark unless it is simply running), its lag summed over its partitions and how many records its
// last poll returned, since those are what a class watches; then its partitions. The parts are
// dropped from the end, whole, when the chip is too narrow. A second line, where it fits, gives each
// partition's lag (and, for a lone partition, its position and commit) and the last poll's
// offsets. Pure, tested.
import type { ConsumerView, TopicPartitionRef } from '../../engine/view.types';
import { lastPoll } from './lastPoll';

/** Running is the usual state: it goes unmarked on a chip, so a narrow chip keeps room for numbers. */
const mark: Record<ConsumerView['status'], string> = { running: '', idle: ' ○', stopped: ' ■', crashed: ' ✕' };

/** A partition's lag as the consumer box shows it: the consumer's own figure, else its group's (null: no commit yet). */
export type LagOf = (c: ConsumerView, p: TopicPartitionRef) => number | null;
/** A text's width in layout units at the chips' type size. */
export type Measure = (text: string) => number;

/** About 7.5 layout units a character of the chips' 12.5-unit semi-bold type (digits are the widest). */
const CHAR_UNITS = 7.5;
export const estimateWidth: Measure = (text) => text.length * CHAR_UNITS;
const SEPARATOR = ' · ';

/** What fits of `text` in `widthPx` at the chips' type size, cut after a whole " · " part when one is long enough. */
export function fitChipText(text: string, widthPx: number): string {
  const maxChars = Math.max(3, Math.floor(widthPx / CHAR_UNITS));
  if (text.length <= maxChars) return text;
  const cut = text.slice(0, maxChars - 1);
  const part = cut.lastIndexOf(SEPARATOR);
  return part >= maxChars / 2 ? `${cut.slice(0, part)} …` : `${cut}…`;
}

/** As many whole parts as fit `widthPx`, joined by " · " ("…" after them when some are left out); a first part too long is cut. */
export function fitParts(parts: readonly string[], widthPx: number, measure: Measure = estimateWidth): string {
  let text = parts[0] ?? '';
  if (measure(text) > widthPx) return fitChipText(text, widthPx);
  for (let i = 1; i < parts.length; i++) {
    const next = `${text}${SEPARATOR}${parts[i]}`;
    const rest = i < parts.length - 1 ? ' …' : '';
    if (measure(next + rest) > widthPx) return measure(`${text} …`) <= widthPx ? `${text} …` : text;
    text = next;
  }
  return text;
}

/** The lag over every assigned partition whose lag is known; null when none is. */
export function totalLag(c: ConsumerView, lagOf: LagOf): number | null {
  const known = c.assignment.map((a) => lagOf(c, a)).filter((l): l is number => l !== null);
  return known.length === 0 ? null : known.reduce((sum, l) => sum + l, 0);
}

const partitionCode = (codes: Map<string, string>, p: TopicPartitionRef) => `${codes.get(p.topic) ?? ''}${p.partition}`;

/** ["c0 lag 12", "poll 3", "o0,p3,s5"]; a member without partitions: ["c0 ○ no partitions"]. */
export function chipHeadParts(c: ConsumerView, codes: Map<string, string>, lagOf: LagOf): string[] {
  if (c.assignment.length === 0) return [`${c.id}${mark[c.status]} no partitions`];
  const lag = totalLag(c, lagOf);
  const parts = c.assignment.map((a) => partitionCode(codes, a)).join(',');
  return [`${c.id}${mark[c.status]} lag ${lag ?? '–'}`, `poll ${lastPollCount(c)}`, parts];
}

/** Records the last poll returned: "24+" when the view's window of received records holds nothing older, so the poll may have returned more. */
export function lastPollCount(c: Pick<ConsumerView, 'received' | 'receivedCount'>): string {
  const n = lastPoll(c).length;
  return n > 0 && n === c.received.length && (c.receivedCount ?? n) > n ? `${n}+` : String(n);
}

/** "o0 lag 2, p3 lag 0 · last poll o0@4, o0@5"; one partition: "0: pos 6 · commit 4 · lag 2 · last poll 4, 5". */
export function chipDetail(c: ConsumerView, codes: Map<string, string>, lagOf: LagOf): string {
  const same = (a: TopicPartitionRef) => (x: TopicPartitionRef) => x.topic === a.topic && x.partition === a.partition;
  const records = lastPoll(c);
  const one = c.assignment.length === 1;
  const partitions = c.assignment.map((a) => {
    const lag = lagOf(c, a) ?? '–';
    if (!one) return `${partitionCode(codes, a)} lag ${lag}`;
    const pos = c.positions.find(same(a))?.offset ?? '–';
    const commit = c.committed?.find(same(a))?.offset ?? '–';
    return `${partitionCode(codes, a)}: pos ${pos} · commit ${commit} · lag ${lag}`;
  });
  const poll = records.length === 0 ? 'nothing yet' : records.map((r) => (one ? `${r.offset}` : `${partitionCode(codes, r)}@${r.offset}`)).join(', ');
  return `${partitions.join(', ')} · last poll ${poll}`;
}
