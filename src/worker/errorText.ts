// Errors as the user reads them: a sentence, never a stack trace.

/** An error's first line. */
export function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}
