// A producer box's words, fitted to its width without cutting a number: after a long play its
// counts reach five and six digits ("83163/83164 acked" ran out of the box in Presenter view).
// Pure, tested.

/** About the width of a character of the box's small type, in layout units. */
const SMALL_CHAR = 7.2;
/** About the width of a character of the box's title. */
const TITLE_CHAR = 9.5;

/**
 * "12/14 acked", else "12/14", else "12 acked", else (past 10,000) "153k acked" in whole thousands
 * (never more than were acked), else the number alone: the first that fits `widthPx`. A Fast play
 * in Presenter view reaches six digits within minutes.
 */
export function ackedText(acked: number, total: number, widthPx: number): string {
  const options = [`${acked}/${total} acked`, `${acked}/${total}`, `${acked} acked`];
  if (acked >= 10_000) options.push(`${Math.floor(acked / 1000)}k acked`);
  options.push(`${acked}`);
  return options.find((t) => t.length * SMALL_CHAR <= widthPx) ?? options[options.length - 1];
}

/** Long producer ids are cut to the box (the accessible name and the inspector keep them whole). */
export function fitTitle(text: string, widthPx: number): string {
  const maxChars = Math.max(4, Math.floor(widthPx / TITLE_CHAR));
  return text.length > maxChars ? `${text.slice(0, maxChars - 1)}…` : text;
}
