// A record's key as the class sees it: a colour picked from the key (the same key has the same
// colour in every log and in every consumer), and a short text cue so colour is never the only
// sign ("alice" written whole, "p1-1234" as "p1-1…", no key as "∅"). Pure, tested without a browser.

/** Dark enough for white text (contrast ≥ 4.5:1) and apart from each other; theme.css names them --key-0 … --key-7. */
export const KEY_COLOURS = 8;

/**
 * FNV-1a over the key's UTF-16 code units, then a mix so the low bits depend on every bit: stable
 * across runs and browsers. The offset basis is moved by 16 so the lessons' keys (alice, bob,
 * carol, dave, erin, frank) all get different colours.
 */
function hash(text: string): number {
  let h = (0x811c9dc5 + 16) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h = (h ^ text.charCodeAt(i)) >>> 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x45d9f3b) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/** Which of the key colours a key gets; records without a key are grey (`null`). */
export function keyColour(key: string | null): number | null {
  return key === null ? null : hash(key) % KEY_COLOURS;
}

/** CSS class of a key's colour. */
export function keyClass(key: string | null): string {
  const c = keyColour(key);
  return c === null ? 'key-none' : `key-${c}`;
}

/**
 * The key as a record cell writes it: whole when it has at most `chars` characters (a cell holds
 * five at its type size: "alice"), else its first ones and "…", so a cut key never reads as another.
 */
export function keyCue(key: string | null, chars = 5): string {
  if (key === null) return '∅';
  if (key === '') return '""';
  const glyphs = [...key];
  return glyphs.length <= chars ? key : `${glyphs.slice(0, chars - 1).join('')}…`;
}

/** "offset 3, key alice, value order-1, committed": a record's accessible name. */
export function recordLabel(offset: number, rec: { key: string | null; value: string } | undefined, committed: boolean): string {
  const state = committed ? 'committed' : 'not yet committed';
  return rec ? `offset ${offset}, key ${rec.key ?? 'null'}, value ${rec.value}, ${state}` : `offset ${offset}, ${state}`;
}
