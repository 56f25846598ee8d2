import { z } from 'zod';

/** Field builders shared by the rule schemas, so every message names the field the same way. */

/** Slug ids keep requirement/domain references stable across edits and catalog updates. */
export const SlugSchema = z
  .string()
  .min(1, 'Required')
  .max(80, 'At most 80 characters')
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'Use lower-case letters, digits and dashes');

export const TextSchema = (label: string, max = 200) =>
  z.string().trim().min(1, `${label} is required`).max(max, `${label}: at most ${max} characters`);

export const OptionalTextSchema = (max: number) => z.string().trim().max(max, `At most ${max} characters`).nullable();

export const NonNegative = (label: string) =>
  z.number({ error: `${label} must be a number` }).finite(`${label} must be a number`).min(0, `${label} cannot be negative`);

export const Positive = (label: string) =>
  z.number({ error: `${label} must be a number` }).finite(`${label} must be a number`).positive(`${label} must be above zero`);

export const PositiveInt = (label: string) =>
  z
    .number({ error: `${label} must be a number` })
    .int(`${label} must be a whole number`)
    .min(1, `${label} must be at least 1`);

export const ConfidenceSchema = z.enum(['high', 'medium', 'low']);
export type Confidence = z.infer<typeof ConfidenceSchema>;

export const FeeSchema = z.strictObject({
  label: TextSchema('Fee label', 80),
  amount: NonNegative('Amount'),
  currency: z.string().regex(/^[A-Z]{3}$/, 'Use a three-letter currency code like USD'),
});
export type Fee = z.infer<typeof FeeSchema>;
