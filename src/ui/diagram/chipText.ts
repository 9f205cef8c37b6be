// What a consumer chip says (a big group's member drawn as a chip, not a full box): its id (with a
// mark unless it is simply running), its lag summed over its partitions and how many records its
// last poll returned, since those are what a class watches; then its partitions. A second line,
// where it fits, gives each partition's lag (and, for a lone partition, its position and commit)
// and the last poll's offsets. Nothing is cut mid-word: a part that does not fit is left out
// whole, and a list (partitions, the poll's records) shows its first items and "+N more" (fitLine).
// Pure, tested.
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

/** The lag over every assigned partition whose lag is known; null when none is. */
export function totalLag(c: ConsumerView, lagOf: LagOf): number | null {
  const known = c.assignment.map((a) => lagOf(c, a)).filter((l): l is number => l !== null);
  return known.length === 0 ? null : known.reduce((sum, l) => sum + l, 0);
}

const partitionCode = (codes: Map<string, string>, p: TopicPartitionRef) => `${codes.get(p.topic) ?? ''}${p.partition}`;

/** A part of a chip's line: its renderings, fullest first (a string: the one way to say it), or a list that shows its first items and "+N more". */
export type LinePart = string | readonly string[] | { head?: string; items: readonly string[]; sep: string };

function renderings(part: LinePart): string[] {
  if (typeof part === 'string') return [part];
  if (Array.isArray(part)) return [...part];
  const { head = '', items, sep } = part as Exclude<LinePart, string | readonly string[]>;
  const out: string[] = [];
  for (let k = items.length; k >= 1; k--) out.push(`${head}${items.slice(0, k).join(sep)}${k < items.length ? ` +${items.length - k} more` : ''}`);
  return out;
}

/**
 * The line `parts` make in `widthPx`, joined by " · ": each part in its fullest rendering that
 * still leaves room for the least of the parts after it; a part with no rendering that fits is
 * left out whole (a list, too, when only the parts after it would fit). Only a leading word part
 * (the chip's id and lag) longer than the chip is cut.
 */
export function fitLine(parts: readonly LinePart[], widthPx: number, measure: Measure = estimateWidth): string {
  const options = parts.map(renderings);
  const fits = (text: string) => measure(text) <= widthPx;
  let text = '';
  for (let i = 0; i < options.length; i++) {
    const join = (r: string) => (text === '' ? r : `${text}${SEPARATOR}${r}`);
    const rest = options.slice(i + 1).map((r) => r[r.length - 1]);
    const roomy = options[i].find((r) => fits([join(r), ...rest].join(SEPARATOR)));
    // A list with no room beside the rest gives way to it (the poll's records before the lags).
    const isList = typeof parts[i] === 'object' && !Array.isArray(parts[i]);
    const giveWay = roomy === undefined && isList && rest.length > 0 && fits([text, ...rest].filter(Boolean).join(SEPARATOR));
    const pick = roomy ?? (giveWay ? undefined : options[i].find((r) => fits(join(r))));
    if (pick !== undefined) text = join(pick);
    else if (text === '' && i === 0 && !isList) return fitChipText(options[0][options[0].length - 1], widthPx);
  }
  return text;
}

/** A chip's first line: id and lag, last poll, partitions ("o0,p3 +1 more"), as `fitLine` parts. */
export function chipHeadLine(c: ConsumerView, codes: Map<string, string>, lagOf: LagOf): LinePart[] {
  if (c.assignment.length === 0) return [[`${c.id}${mark[c.status]} no partitions`, `${c.id}${mark[c.status]} none`]];
  const lag = totalLag(c, lagOf);
  return [`${c.id}${mark[c.status]} lag ${lag ?? '–'}`, `poll ${lastPollCount(c)}`, { items: c.assignment.map((a) => partitionCode(codes, a)), sep: ',' }];
}

/** A chip's second line: each partition's lag, then the last poll's offsets, as `fitLine` parts. */
export function chipDetailLine(c: ConsumerView, codes: Map<string, string>, lagOf: LagOf): LinePart[] {
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
  const poll: LinePart =
    records.length === 0 ? 'last poll nothing yet' : { head: 'last poll ', items: records.map((r) => (one ? `${r.offset}` : `${partitionCode(codes, r)}@${r.offset}`)), sep: ', ' };
  return [{ items: partitions, sep: ', ' }, poll];
}

/** Records the last poll returned: "24+" when the view's window of received records holds nothing older, so the poll may have returned more. */
export function lastPollCount(c: Pick<ConsumerView, 'received' | 'receivedCount'>): string {
  const n = lastPoll(c).length;
  return n > 0 && n === c.received.length && (c.receivedCount ?? n) > n ? `${n}+` : String(n);
}

/** "o0 lag 2, p3 lag 0 · last poll o0@4, o0@5"; one partition: "o0: pos 6 · commit 4 · lag 2 · last poll 4, 5". */
export function chipDetail(c: ConsumerView, codes: Map<string, string>, lagOf: LagOf): string {
  return fitLine(chipDetailLine(c, codes, lagOf), Number.POSITIVE_INFINITY);
}

/**
 * A chip group's one-line header, name then state, in `widthPx` (small type, about 7 units a
 * character): "Group g1 · Stable · generation 2", else shorter ("Group g1 · Stable",
 * "g1 · Stable", "Group g1"), never a word cut.
 */
export function groupHeaderWords(groupId: string, state: string | null, generation: number | null, widthPx: number, charUnits = 7): { name: string; state: string | null } {
  const full = state === null ? 'no members yet' : `${state} · generation ${generation}`;
  const options: { name: string; state: string | null }[] = [
    { name: `Group ${groupId}`, state: full },
    { name: `Group ${groupId}`, state },
    { name: groupId, state },
    { name: `Group ${groupId}`, state: null },
  ];
  const length = (o: { name: string; state: string | null }) => (o.name.length + (o.state ? SEPARATOR.length + o.state.length : 0)) * charUnits;
  return options.find((o) => o.state !== null && length(o) <= widthPx) ?? options.find((o) => length(o) <= widthPx) ?? { name: groupId, state: null };
}
