import type { z } from 'zod';
import type { AppError, ErrorCode, FieldIssue } from '../../shared/result';

/**
 * Services throw this to stop a use case with an error meant for the person; the dispatcher turns
 * it into a Result. Anything else thrown is a bug and becomes `internal`.
 */
export class AppFailure extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[] | undefined;
  constructor(code: ErrorCode, message: string, issues?: FieldIssue[]) {
    super(message);
    this.name = 'AppFailure';
    this.code = code;
    this.issues = issues;
  }
  toAppError(): AppError {
    return this.issues
      ? { code: this.code, message: this.message, details: { issues: this.issues } }
      : { code: this.code, message: this.message };
  }
}

/** `path` names the input field that carried the id (`credentialId`, `trackId`, …). */
export const notFound = (what: string, id: string, path = 'id'): AppFailure =>
  new AppFailure('not_found', `No ${what} with id "${id}"`, [{ path, message: `Unknown ${what}` }]);

export const conflict = (message: string): AppFailure => new AppFailure('conflict', message);

export const ruleViolation = (message: string, issues?: FieldIssue[]): AppFailure =>
  new AppFailure('rule_violation', message, issues);

/** A field-level error raised by a service after zod (e.g. "end before start" needs stored data). */
export const invalidField = (path: string, message: string): AppFailure =>
  new AppFailure('invalid_input', `${path}: ${message}`, [{ path, message }]);

/** zod issues → field issues, with a message that names the first field. */
export function fromZodError(error: z.ZodError, label = 'Input'): AppFailure {
  const issues: FieldIssue[] = error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
  const first = issues[0];
  const message = first
    ? first.path
      ? `${first.path}: ${first.message}`
      : first.message
    : `${label} is not valid`;
  return new AppFailure('invalid_input', message, issues);
}
