// Session ids and teacher secrets: 128 and 256 random bits from the operating system's CSPRNG, so
// neither can be guessed or enumerated; secrets are compared in constant time.
import { randomBytes, timingSafeEqual } from 'node:crypto';

export const newSessionId = (): string => randomBytes(16).toString('base64url');
export const newTeacherSecret = (): string => randomBytes(32).toString('base64url');

export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
