// Semantic zoom: when full replica logs cannot be drawn legibly (too many replicas for the space),
// each broker shows one small cell per replica instead. Pure maths, tested without a browser.
import type { Rect } from './layout';

export type Zoom = 'logs' | 'cells';

/**
 * More replicas than this are never drawn as logs: each log is a dozen elements or more with
 * changing text, and beyond the lessons' sizes a teacher reads the cluster as a whole anyway.
 */
export const MAX_LOG_REPLICAS = 16;

/** Logs when every replica gets its row in the detailed layout and there are few enough of them. */
export function chooseZoom(totalReplicas: number, hiddenReplicas: number): Zoom {
  return totalReplicas <= MAX_LOG_REPLICAS && hiddenReplicas === 0 ? 'logs' : 'cells';
}

/**
 * Short codes for topics on cells ("o7" for orders-7): the shortest prefix that tells the topics
 * apart, or nothing when there is one topic (cells then show just the partition number).
 */
export function topicCodes(topics: string[]): Map<string, string> {
  const unique = [...new Set(topics)];
  if (unique.length <= 1) return new Map(unique.map((t) => [t, '']));
  for (let len = 1; len <= 4; len++) {
    const codes = unique.map((t) => t.slice(0, len));
    if (new Set(codes).size === unique.length) return new Map(unique.map((t, i) => [t, codes[i]]));
  }
  return new Map(unique.map((t, i) => [t, `t${i + 1}-`]));
}

/**
 * The first of `wordings` (longest first) that fits `widthPx` at `charPx` a character; when none
 * does, the last, cut at a word with "…" (a word is never cut).
 */
export function fitWording(wordings: readonly string[], widthPx: number, charPx: number): string {
  const fits = (text: string) => text.length * charPx <= widthPx;
  const found = wordings.find(fits);
  if (found !== undefined) return found;
  const words = wordings[wordings.length - 1].split(' ');
  while (words.length > 1 && !fits(`${words.join(' ')} …`)) words.pop();
  return `${words.join(' ')} …`;
}

/**
 * The key to the topic codes in `widthPx` at `charPx` a character: "o = orders · p = payments",
 * else written tighter ("o=orders · p=payments"), and when even that is too wide, the entries that
 * fit and "…" (a word is never cut).
 */
export function topicKeyText(codes: Map<string, string>, widthPx: number, charPx: number): string {
  const entries = [...codes];
  if (entries.length === 1 && entries[0][1] === '') return fitWording([`cells: partitions of ${entries[0][0]}`, `cells: ${entries[0][0]}`], widthPx, charPx);
  const fits = (text: string) => text.length * charPx <= widthPx;
  const full = entries.map(([topic, code]) => `${code} = ${topic}`).join(' · ');
  if (fits(full)) return full;
  const tight = entries.map(([topic, code]) => `${code}=${topic}`);
  if (fits(tight.join(' · '))) return tight.join(' · ');
  // Whole entries only, never a word cut: as many as fit, then "…".
  let shown = tight.length - 1;
  while (shown > 1 && !fits(`${tight.slice(0, shown).join(' · ')} · …`)) shown--;
  return `${tight.slice(0, shown).join(' · ')} · …`;
}

export const CELL_GAP = 2;
/** Below this a cell's text is unreadable on a projector: cells this small that do not fit are hidden ("+N more"). */
export const MIN_CELL = { w: 24, h: 19 };
/** The diagram's smallest type (fitScale.ts scales it up to the size the screen asks for). */
export const MIN_CELL_FONT_PX = 12;
/** The diagram's small type: cell text never grows past it. */
export const MAX_CELL_FONT_PX = 13;
/** Bold digits are about this wide, in ems (the star a little wider; the margin below covers it). */
const CHAR_EM = 0.68;

/** The narrowest cell whose `chars` characters still get the smallest type. */
export function minCellWidth(chars: number): number {
  return Math.max(MIN_CELL.w, Math.ceil(5 + Math.max(1, chars) * CHAR_EM * MIN_CELL_FONT_PX));
}

/**
 * Type size for a cell's `chars` characters in a w×h cell: as large as the box allows, up to the
 * diagram's small type. The bottom 3px hold the HW/LEO bar.
 */
export function cellFontPx(chars: number, w: number, h: number): number {
  return Math.max(0, Math.min(MAX_CELL_FONT_PX, (h - 3) * 0.78, (w - 5) / (Math.max(1, chars) * CHAR_EM)));
}

/** What a cell says: its topic code and partition, after a star for the leader when stars are shown. */
export function cellText(code: string, partition: number, leader: boolean, star: boolean): string {
  return `${leader && star ? '★' : ''}${code}${partition}`;
}

export interface CellSlot extends Rect {
  topic: string;
  partition: number;
}
