// The class session's messages, between a page and the relay (server/relay.ts). Both sides parse
// every message with these zod schemas: nothing is read field by field by hand. A session carries
// only what rebuilds the teacher's run in a deterministic engine: the scenario (a lesson id and
// seed, the default scenario's seed, or a scenario file), the interventions with the steps they
// were applied at, and the current step — never the cluster's state.
import * as z from 'zod';

/** One message may be at most this long (a scenario file fits many times over). */
export const MAX_MESSAGE_BYTES = 256 * 1024;
/** Bounds that keep a session's state small whatever a teacher's page sends. */
export const MAX_INTERVENTIONS = 500;
export const MAX_STEP = 10_000_000;
const MAX_TEXT = 2000;

const step = z.int().min(0).max(MAX_STEP);
const seed = z.int().min(0).max(2 ** 32);
const text = z.string().max(MAX_TEXT);
const shortId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_.:-]+$/);
/** Session ids and teacher secrets: base64url from crypto.randomBytes (see server/ids.ts). */
const token = z
  .string()
  .min(16)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);

/** What the teacher opened. A file travels whole: students have nothing else to load it from. */
export const sessionSourceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('default'), seed }),
  z.strictObject({ kind: z.literal('lesson'), lessonId: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(100), seed }),
  z.strictObject({ kind: z.literal('file'), file: z.record(z.string(), z.unknown()) }),
]);
export type SessionSource = z.infer<typeof sessionSourceSchema>;

/**
 * An intervention as the engine takes it (`do` plus the action's fields). The relay checks its
 * shape and bounds; the engine on each page checks its meaning, as it does for the teacher.
 */
const fieldValue = z.union([z.string().max(MAX_TEXT), z.number(), z.boolean(), z.null(), z.array(z.string().max(200)).max(4)]);
export const interventionSchema = z
  .object({ do: z.string().regex(/^[A-Za-z]+$/).max(40) })
  .catchall(fieldValue)
  .refine((a) => Object.keys(a).length <= 12, 'an intervention has at most 12 fields');

export const loggedInterventionSchema = z.strictObject({ step, action: interventionSchema });
export type SessionIntervention = z.infer<typeof loggedInterventionSchema>;

/** A share link's interventions (the `log` in its hash). */
export const shareLogSchema = z.array(loggedInterventionSchema).max(MAX_INTERVENTIONS);

export const classQuestionSchema = z.strictObject({
  id: shortId,
  prompt: text,
  options: z.array(z.strictObject({ id: shortId, label: text })).min(2).max(8),
});
export type ClassQuestion = z.infer<typeof classQuestionSchema>;

export const classRevealSchema = z.strictObject({ questionId: shortId, answerId: shortId, reason: text });
export type ClassReveal = z.infer<typeof classRevealSchema>;

/** Everything a page needs to catch up: sent on join, on reconnect and to a teacher who reloads. */
export const sessionSnapshotSchema = z.strictObject({
  source: sessionSourceSchema,
  interventions: z.array(loggedInterventionSchema).max(MAX_INTERVENTIONS),
  step,
  question: classQuestionSchema.nullable(),
  reveal: classRevealSchema.nullable(),
});
export type SessionSnapshot = z.infer<typeof sessionSnapshotSchema>;

/** The teacher's changes to the session; the relay applies them to its snapshot and relays them. */
export const teacherUpdateSchema = z.discriminatedUnion('t', [
  z.strictObject({ t: z.literal('source'), source: sessionSourceSchema }),
  z.strictObject({ t: z.literal('intervene'), intervention: loggedInterventionSchema }),
  z.strictObject({ t: z.literal('step'), step }),
  z.strictObject({ t: z.literal('ask'), question: classQuestionSchema }),
  z.strictObject({ t: z.literal('reveal'), reveal: classRevealSchema }),
]);
export type TeacherUpdate = z.infer<typeof teacherUpdateSchema>;

/** Page → relay. */
export const toRelaySchema = z.union([
  z.strictObject({ t: z.literal('open'), snapshot: sessionSnapshotSchema }),
  z.strictObject({ t: z.literal('teach'), sessionId: token, secret: token }),
  z.strictObject({ t: z.literal('join'), sessionId: token }),
  z.strictObject({ t: z.literal('update'), update: teacherUpdateSchema }),
  z.strictObject({ t: z.literal('answer'), questionId: shortId, optionId: shortId }),
  z.strictObject({ t: z.literal('end') }),
]);
export type ToRelay = z.infer<typeof toRelaySchema>;

export const tallySchema = z.strictObject({
  questionId: shortId,
  answers: z.int().min(0),
  counts: z.record(z.string(), z.int().min(0)),
});
export type Tally = z.infer<typeof tallySchema>;

/** Relay → page. */
export const fromRelaySchema = z.union([
  z.strictObject({ t: z.literal('opened'), sessionId: token, secret: token }),
  z.strictObject({ t: z.literal('welcome'), role: z.enum(['teacher', 'student']), snapshot: sessionSnapshotSchema, tally: tallySchema.nullable() }),
  z.strictObject({ t: z.literal('update'), update: teacherUpdateSchema }),
  z.strictObject({ t: z.literal('tally'), tally: tallySchema }),
  z.strictObject({ t: z.literal('following'), students: z.int().min(0) }),
  z.strictObject({ t: z.literal('ended'), reason: text }),
  z.strictObject({ t: z.literal('refused'), reason: text }),
]);
export type FromRelay = z.infer<typeof fromRelaySchema>;

/** The snapshot after one teacher update: the same fold on the relay and on every page. */
export function applyUpdate(s: SessionSnapshot, u: TeacherUpdate): SessionSnapshot {
  switch (u.t) {
    case 'source':
      return { source: u.source, interventions: [], step: 0, question: null, reveal: null };
    case 'intervene': {
      // As in the engine: an intervention at step s forks the timeline, forgetting those after s.
      const kept = s.interventions.filter((i) => i.step <= u.intervention.step);
      return { ...s, interventions: [...kept, u.intervention].slice(-MAX_INTERVENTIONS), step: u.intervention.step };
    }
    case 'step':
      return { ...s, step: u.step };
    case 'ask':
      return { ...s, question: u.question, reveal: null };
    case 'reveal':
      return s.question?.id === u.reveal.questionId ? { ...s, reveal: u.reveal } : s;
  }
}

/** Parses one raw frame: the message, or why it was refused. Never throws. */
export function parseFrame<T>(schema: z.ZodType<T>, raw: string): { ok: true; message: T } | { ok: false; why: 'junk' } {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, why: 'junk' };
  }
  const parsed = schema.safeParse(data);
  return parsed.success ? { ok: true, message: parsed.data } : { ok: false, why: 'junk' };
}
