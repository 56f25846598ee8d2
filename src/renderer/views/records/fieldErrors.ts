import type { z } from 'zod';
import type { FieldIssue } from '../../../shared/result';

/** Field path → the message shown beside that field. */
export type FieldErrors = Record<string, string>;

/** The first message for each field, from the core's issues or the shared schema's own check. */
export function toFieldErrors(issues: ReadonlyArray<FieldIssue> | undefined): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues ?? []) if (!(issue.path in errors)) errors[issue.path] = issue.message;
  return errors;
}

export function zodFieldErrors(error: z.ZodError): FieldErrors {
  return toFieldErrors(error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })));
}
