import { z } from 'zod';

/**
 * The closed set of error codes a contract method can return. Errors are values, not exceptions:
 * Electron forwards only `message` across a thrown IPC error, so both hosts pass a Result instead.
 */
export const ERROR_CODES = [
  'invalid_input',
  'not_found',
  'conflict',
  'rule_violation',
  'storage',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const FieldIssueSchema = z.object({
  /** Dotted path of the offending field, e.g. `exam.domains.2.weight`. Empty for the whole input. */
  path: z.string(),
  message: z.string(),
});
export type FieldIssue = z.infer<typeof FieldIssueSchema>;

export const AppErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  details: z
    .object({
      issues: z.array(FieldIssueSchema).optional(),
      method: z.string().optional(),
    })
    .optional(),
});
export type AppError = z.infer<typeof AppErrorSchema>;

export type Ok<T> = { ok: true; data: T };
export type Err = { ok: false; error: AppError };
export type Result<T> = Ok<T> | Err;

export const ok = <T>(data: T): Ok<T> => ({ ok: true, data });
export const err = (error: AppError): Err => ({ ok: false, error });
