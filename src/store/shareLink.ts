// Share links. A built-in lesson is `?scenario=<id>&seed=<n>&step=<n>`; any other scenario travels
// as the file itself, deflated and base64url-encoded in the hash (`#scenario=z.<data>&step=<n>`),
// so a link needs no server and the scenario never reaches one. Interventions made before sharing
// travel the same way in the hash (`log=z.<data>`: each with the step it forked the run at), so
// the link reopens the forked run; links without `log` open the scenario as written, as before.
// Decoding never throws: a bad link becomes a message that names the problem.
import type { SessionIntervention } from '../session/protocol';
import { readLaunchParams } from '../ui/launchParams';

/** `interventions`: the share link's log, to replay after opening (then go to `step`). */
export type LaunchTarget =
  | { kind: 'default'; seed?: number; step?: number; interventions?: SessionIntervention[] }
  | { kind: 'lesson'; id: string; seed?: number; step?: number; interventions?: SessionIntervention[] }
  | { kind: 'file'; file: unknown; step?: number; interventions?: SessionIntervention[] }
  | { kind: 'error'; message: string };

/** Bounds on what a link may carry, so a pasted link cannot exhaust memory (a "zip bomb"). */
export const MAX_ENCODED_CHARS = 200_000;
export const MAX_FILE_BYTES = 2_000_000;

const DEFLATED = 'z.';
const PLAIN = 'j.';
const LESSON_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function base64urlEncode(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The bytes, or null when the text is not base64url. */
export function base64urlDecode(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const canDeflate = () => typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';

async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Inflates, stopping as soon as the output passes `limit` bytes (null then). */
async function inflate(bytes: Uint8Array, limit: number): Promise<Uint8Array | null> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** JSON as a hash value: `z.` + deflated base64url (or `j.` + plain where deflate is missing). */
export async function packJson(value: unknown): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  return canDeflate() ? DEFLATED + base64urlEncode(await deflate(bytes)) : PLAIN + base64urlEncode(bytes);
}

/** The value back from packJson's text, or why not (`what` names the part: "its scenario"). */
export async function unpackJson(text: string, what: string): Promise<{ ok: true; value: unknown } | { ok: false; why: string }> {
  const bad = (why: string) => ({ ok: false as const, why });
  if (text.length > MAX_ENCODED_CHARS) return bad(`it is longer than ${MAX_ENCODED_CHARS} characters`);
  const prefix = text.slice(0, 2);
  if (prefix !== DEFLATED && prefix !== PLAIN) return bad(`${what} does not start with "z." or "j."`);
  const packed = base64urlDecode(text.slice(2));
  if (!packed) return bad(`${what} is not valid base64url (was the link cut short?)`);
  let bytes: Uint8Array | null = packed;
  if (prefix === DEFLATED) {
    if (!canDeflate()) return bad('this browser cannot decompress it');
    try {
      bytes = await inflate(packed, MAX_FILE_BYTES);
    } catch {
      return bad(`${what} could not be decompressed (was the link cut short?)`);
    }
    if (!bytes) return bad(`${what} is larger than ${MAX_FILE_BYTES} bytes`);
  }
  if (bytes.length > MAX_FILE_BYTES) return bad(`${what} is larger than ${MAX_FILE_BYTES} bytes`);
  try {
    return { ok: true, value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) };
  } catch {
    return bad(`${what} is not valid JSON`);
  }
}

export const damaged = (why: string) => `The share link is damaged: ${why}. The default scenario is open instead.`;

/** The scenario file as the hash value. */
export const encodeScenario = (file: unknown): Promise<string> => packJson(file);

/** The file back from the hash value, or a message naming what is wrong with it. */
export async function decodeScenario(text: string): Promise<{ ok: true; file: unknown } | { ok: false; message: string }> {
  const unpacked = await unpackJson(text, 'its scenario');
  return unpacked.ok ? { ok: true, file: unpacked.value } : { ok: false, message: damaged(unpacked.why) };
}

/** `base` is the app's address without query or hash, e.g. `https://host/kafkascope/`. */
export function lessonLink(base: string, id: string, seed: number, step: number): string {
  const q = new URLSearchParams({
    scenario: id,
    seed: String(seed),
    step: String(step),
  });
  return `${base}?${q}`;
}

export function defaultLink(base: string, seed: number, step: number): string {
  return `${base}?${new URLSearchParams({ seed: String(seed), step: String(step) })}`;
}

export async function fileLink(base: string, file: unknown, step: number): Promise<string> {
  return `${base}#scenario=${await encodeScenario(file)}&step=${step}`;
}

/** What the address asks to open: the hash's scenario first, then `?scenario=`, else the default. */
export async function readLaunch(search: string, hash: string): Promise<LaunchTarget> {
  const h = new URLSearchParams(hash.replace(/^#/, ''));
  const log = h.get('log');
  let interventions: SessionIntervention[] | undefined;
  if (log !== null) {
    // Only links made after interventions carry a log: its decoder loads with them.
    const { decodeLog } = await import('./shareLog');
    const decoded = await decodeLog(log);
    if (!decoded.ok) return { kind: 'error', message: decoded.message };
    interventions = decoded.interventions;
  }
  const encoded = h.get('scenario');
  if (encoded !== null) {
    const decoded = await decodeScenario(encoded);
    if (!decoded.ok) return { kind: 'error', message: decoded.message };
    const step = readLaunchParams(`?step=${h.get('step') ?? ''}`).step;
    return { kind: 'file', file: decoded.file, step, interventions };
  }
  const { scenario, seed, step } = readLaunchParams(search);
  if (scenario === undefined) return { kind: 'default', seed, step, interventions };
  if (!LESSON_ID.test(scenario) || scenario.length > 100) {
    return {
      kind: 'error',
      message: `"${scenario.slice(0, 100)}" is not a lesson id (lowercase letters, digits and dashes). The default scenario is open instead.`,
    };
  }
  return { kind: 'lesson', id: scenario, seed, step, interventions };
}
