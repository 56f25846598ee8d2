import type { AppError } from '../../shared/result';

export type FieldErrors = Record<string, string>;

/**
 * The core names each bad field (`details.issues[].path`); forms show each message beside its
 * field. `prefix` strips a wrapper (`patch.`) so paths match the form's own field names.
 */
export function fieldErrorsFrom(error: AppError, prefix = ''): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.details?.issues ?? []) {
    const path = prefix && issue.path.startsWith(prefix) ? issue.path.slice(prefix.length) : issue.path;
    if (!(path in errors)) errors[path] = issue.message;
  }
  return errors;
}

/** The error's message when none of its fields is one the form shows. */
export function unplacedMessage(error: AppError, shown: readonly string[], prefix = ''): string | null {
  const errors = fieldErrorsFrom(error, prefix);
  return Object.keys(errors).some((path) => shown.some((field) => path === field || path.startsWith(`${field}.`))) ? null : error.message;
}

/** A number from a field: null when empty, NaN when not a number (the core names the field). */
export function numberOrNaN(value: number | null): number {
  return value === null ? Number.NaN : value;
}
