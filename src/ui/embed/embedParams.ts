// `?embed=1` opens the compact player; `&from=<n>&to=<m>` hold its timeline to those steps.
export interface EmbedParams {
  from: number;
  to: number | null;
}

function step(text: string | null): number | null {
  if (text === null || !/^\d{1,9}$/.test(text)) return null;
  return Number(text);
}

/** null: not an embed. A `to` below `from` is ignored rather than leaving an empty timeline. */
export function embedParamsOf(search: string): EmbedParams | null {
  const q = new URLSearchParams(search);
  if (q.get('embed') !== '1') return null;
  const from = step(q.get('from')) ?? 0;
  const to = step(q.get('to'));
  return { from, to: to !== null && to >= from ? to : null };
}

/** The step the player may show: inside [from, to]. */
export function clampStep(step: number, p: EmbedParams): number {
  return Math.max(p.from, p.to === null ? step : Math.min(p.to, step));
}
