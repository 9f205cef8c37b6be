// Zod's default messages ("Invalid input: expected int, received number") are written for
// programmers; scenario files are written by teachers. This error map says what is wrong in plain
// words and, where it helps, what is allowed and what the file actually holds.
import type * as z from 'zod';

const MAX_SHOWN_TEXT = 40;

/** A short, safe description of any value for a message (never throws, never recurses). */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') {
    const shown = value.length > MAX_SHOWN_TEXT ? `${value.slice(0, MAX_SHOWN_TEXT)}…` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

const EXPECTED: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'a string',
  boolean: 'true or false',
  array: 'a list ([…])',
  object: 'an object ({…})',
  null: 'null',
};

function invalidType(expected: string, input: unknown): string {
  if (input === undefined) return 'is required';
  // Values copied from a .properties file arrive quoted; say how to fix them.
  if (typeof input === 'string') {
    const numeric = /^-?\d+(\.\d+)?$/.test(input.trim());
    if (numeric && (expected === 'number' || expected === 'int')) {
      return `must be a number: write ${input.trim()} without quotes`;
    }
    if ((input === 'true' || input === 'false') && expected === 'boolean') {
      return `must be true or false: write ${input} without quotes`;
    }
  }
  return `must be ${EXPECTED[expected] ?? expected} (got ${describeValue(input)})`;
}

function sizeWord(origin: string, n: number | bigint): string {
  if (origin === 'string') return `${n} character${n === 1 ? '' : 's'}`;
  if (origin === 'array') return `${n} item${n === 1 ? '' : 's'}`;
  return String(n);
}

type TooSmall = z.core.$ZodRawIssue<z.core.$ZodIssueTooSmall>;
type TooBig = z.core.$ZodRawIssue<z.core.$ZodIssueTooBig>;

function tooSmall(iss: TooSmall): string {
  if (iss.origin === 'string' && Number(iss.minimum) === 1) return 'must not be empty';
  const bound = sizeWord(iss.origin, iss.minimum);
  const got = iss.origin === 'array' || iss.origin === 'string' ? '' : ` (got ${describeValue(iss.input)})`;
  if (iss.origin === 'array') return `must have at least ${bound}`;
  if (iss.origin === 'string') return `must be at least ${bound} long`;
  return `${iss.inclusive === false ? 'must be more than' : 'must be at least'} ${bound}${got}`;
}

function tooBig(iss: TooBig): string {
  const bound = sizeWord(iss.origin, iss.maximum);
  if (iss.origin === 'array') return `must have at most ${bound}`;
  if (iss.origin === 'string') return `must be at most ${bound} long`;
  if (iss.origin === 'int' && iss.maximum === Number.MAX_SAFE_INTEGER) {
    return `is too large (got ${describeValue(iss.input)})`;
  }
  return `${iss.inclusive === false ? 'must be less than' : 'must be at most'} ${bound} (got ${describeValue(iss.input)})`;
}

/** The error map passed to every safeParse of a scenario section. */
export const plainMessage: z.core.$ZodErrorMap = (iss) => {
  switch (iss.code) {
    case 'invalid_type':
      return invalidType(iss.expected, iss.input);
    case 'too_small':
      return tooSmall(iss);
    case 'too_big':
      return tooBig(iss);
    case 'invalid_value': {
      if (iss.input === undefined) return 'is required';
      const allowed = iss.values.map((v) => JSON.stringify(v));
      const got = ` (got ${describeValue(iss.input)})`;
      if (allowed.length === 1) return `must be ${allowed[0]}${got}`;
      return `must be one of ${allowed.join(', ')}${got}`;
    }
    case 'invalid_format':
      return `has the wrong form (got ${describeValue(iss.input)})`;
    case 'unrecognized_keys':
      return `unknown field${iss.keys.length === 1 ? '' : 's'}: ${iss.keys.join(', ')}`;
    case 'invalid_union':
      return `has the wrong type (got ${describeValue(iss.input)})`;
    default:
      return undefined;
  }
};
