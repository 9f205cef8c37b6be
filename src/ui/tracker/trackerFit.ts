// How many step columns of the status tracker fit its box: the side panel is narrow, and in
// Presenter view its type is large. A column is never narrower than its longest word (a word or a
// number never breaks), so the columns that fit depend on the words shown: seven-digit steps and
// values, or a record's long "message state". Widths in ems of the table's type, for Chromium's
// default sans (DejaVu Sans: a digit is 0.64 em, letters about 0.6 on average, bold 10% wider:
// the current step's number, and a changed value).
// Pure, tested.

/** Padding and border around a cell's text. */
const PAD_EM = 0.4;
const DIGIT_EM = 0.64;
const LETTER_EM = 0.6;
const BOLD = 1.1;
/** The names' column is at least as wide as its header's widest word, "Variable", in bold. */
const VARIABLE = 'Variable';
/** Every step's column holds a seven-digit step number. */
const SEVEN_DIGITS = '0000000';

/** A word's width in ems, with its cell's padding. */
export function wordEm(word: string, bold = false): number {
  let em = 0;
  for (const ch of word) em += /\d/.test(ch) ? DIGIT_EM : LETTER_EM;
  return PAD_EM + em * (bold ? BOLD : 1);
}

/** The widest of the words in `texts`, in ems with padding (`least`: a word it is at least as wide as). */
export function widestWordEm(texts: Iterable<string | null>, least: string, bold = false): number {
  let widest = wordEm(least, bold);
  for (const text of texts) for (const word of (text ?? '').split(/\s+/)) widest = Math.max(widest, wordEm(word, bold));
  return widest;
}

/** A value the columns show, and whether it is drawn bold (changed in its step). */
export interface ShownValue {
  text: string | null;
  bold: boolean;
}

/**
 * The most of `steps` columns (the last ones, ending at the current step) that fit `boxPx` at
 * `fontPx`, at least two (then the box scrolls); all of them when the box is not measured yet.
 * `names` are the names drawn; `values` every value the columns may show.
 */
export function stepColumnsThatFit(boxPx: number, fontPx: number, steps: number, names: readonly string[] = [], values: Iterable<ShownValue> = []): number {
  if (boxPx <= 0 || fontPx <= 0) return steps;
  let stepEm = wordEm(SEVEN_DIGITS, true);
  for (const v of values) stepEm = Math.max(stepEm, widestWordEm([v.text], '', v.bold));
  const room = boxPx / fontPx - widestWordEm(names, VARIABLE, true) - stepEm;
  return Math.min(steps, Math.max(2, 1 + Math.floor(room / stepEm)));
}
