// The interventions a share link carries (`log=` in its hash, deflated JSON like the scenario),
// checked against the class session's schema; and the link variants the Share dialog offers.
// Loaded only by the Share dialog and by links that carry a log.
import type { SessionIntervention } from '../session/protocol';
import { damaged, packJson, unpackJson } from './shareLink';

/** The interventions as the hash's `log` value. */
export const encodeLog = (interventions: readonly SessionIntervention[]): Promise<string> => packJson(interventions);

/** The interventions back, checked against the class session's schema (loaded only for such a link). */
export async function decodeLog(text: string): Promise<{ ok: true; interventions: SessionIntervention[] } | { ok: false; message: string }> {
  const unpacked = await unpackJson(text, 'its interventions');
  if (!unpacked.ok) return { ok: false, message: damaged(unpacked.why) };
  const { shareLogSchema } = await import('../session/protocol');
  const parsed = shareLogSchema.safeParse(unpacked.value);
  return parsed.success ? { ok: true, interventions: parsed.data } : { ok: false, message: damaged('its interventions are not a list of steps and actions') };
}

/** The link with the interventions in its hash (the link as it was when there are none). */
export async function withLog(link: string, interventions: readonly SessionIntervention[]): Promise<string> {
  if (interventions.length === 0) return link;
  return `${link}${link.includes('#') ? '&' : '#'}log=${await encodeLog(interventions)}`;
}

/** The same link opening the compact player (`?embed=1`). */
export function embedLink(link: string): string {
  const hashAt = link.indexOf('#');
  const [head, hash] = hashAt < 0 ? [link, ''] : [link.slice(0, hashAt), link.slice(hashAt)];
  return `${head}${head.includes('?') ? '&' : '?'}embed=1${hash}`;
}
