import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract } from '../../../src/shared/contract';

/**
 * docs/architecture.md promises that every input object is strict: an unknown field is an error,
 * never silently dropped. Walks every method's input schema (as JSON Schema) for an object that
 * would accept extra fields.
 */

function looseObjects(node: unknown, path: string, found: string[]): string[] {
  if (!node || typeof node !== 'object') return found;
  const object = node as Record<string, unknown>;
  // A record (a map of typed values, its key schema in propertyNames) is not an object with fields.
  const isRecord = 'propertyNames' in object;
  if (object.type === 'object' && !isRecord && object.additionalProperties !== false) found.push(path || '(input)');
  for (const [key, value] of Object.entries(object)) looseObjects(value, `${path}/${key}`, found);
  return found;
}

describe('every contract input', () => {
  it('is strict at every level', () => {
    const loose = Object.entries(contract)
      .flatMap(([name, spec]) => looseObjects(z.toJSONSchema(spec.input as z.ZodType, { io: 'input', unrepresentable: 'any' }), '', []).map((path) => `${name} ${path}`));
    expect(loose).toEqual([]);
  });

  it('refuses an unknown setting, even nested, naming it', () => {
    const result = contract['settings:update'].input.safeParse({ patch: { theme: 'dark', colour: 'red' } });
    expect(result.success ? null : result.error.issues[0]?.message).toMatch(/colour/);
    const nested = contract['settings:update'].input.safeParse({ patch: { reminderLeadDays: { exam: [7], 'study-session': [0], 'application-audit-due': [], 'application-eligibility-end': [], 'cycle-end': [], 'suspension-end': [], 'pace-warning': [], 'cycle-year-end': [], 'bogus-kind': [1] } } });
    expect(nested.success ? null : nested.error.issues[0]?.path.join('.')).toBe('patch.reminderLeadDays');
  });
});
