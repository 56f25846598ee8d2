import fc from 'fast-check';
import { z } from 'zod';

/**
 * Payloads for a contract method, generated from its zod input schema (through its JSON Schema):
 * values of the right shape, sometimes pointing at records that exist, and the same values
 * broken in the ways a client breaks them — a field missing, an unknown field, a wrong type,
 * a value off the end of its range, or something else entirely.
 */

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  default?: unknown;
};

/** Ids of records that exist, so generated calls reach the services instead of stopping at not_found. */
export interface IdPool {
  ids: () => string[];
}

const MAX_STRING = 120;
const MAX_ARRAY = 4;

function stringFor(schema: JsonSchema, key: string, pool: IdPool): fc.Arbitrary<string> {
  const min = schema.minLength ?? 0;
  const max = Math.max(min, Math.min(schema.maxLength ?? MAX_STRING, MAX_STRING));
  const plain = fc.string({ minLength: min, maxLength: max });
  let shaped: fc.Arbitrary<string> = plain;
  if (schema.format === 'uuid') shaped = fc.uuid();
  else if (schema.format === 'date-time') shaped = fc.date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true }).map((d) => d.toISOString());
  else if (schema.pattern) {
    try {
      shaped = fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length <= Math.max(max, 64));
    } catch {
      shaped = plain;
    }
  }
  const dates = fc.constantFrom('2026-11-25', '2026-11-24', '2020-01-01', '1949-12-31', '2101-01-01', '0001-01-01', '2026-02-30', '2026-11', '2100-12-31');
  const choices: fc.Arbitrary<string>[] = [shaped, shaped, plain];
  if (/date|month|on$|day/i.test(key)) choices.push(dates);
  if (/id$/i.test(key) || key === 'id') {
    const known = pool.ids();
    if (known.length > 0) choices.push(fc.constantFrom(...known), fc.constantFrom(...known));
  }
  return fc.oneof(...choices);
}

function numberFor(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + (integer ? 1 : 0.001) : -1e6);
  const max = schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - (integer ? 1 : 0.001) : 1e6);
  const inRange = integer ? fc.integer({ min: Math.ceil(Math.max(min, -1e9)), max: Math.floor(Math.min(max, 1e9)) }) : fc.double({ min: Math.max(min, -1e9), max: Math.min(max, 1e9), noNaN: true });
  const edges = fc.constantFrom(min - 1, max + 1, 0, -1, 1.5, Number.MAX_SAFE_INTEGER);
  return fc.oneof({ weight: 4, arbitrary: inRange }, { weight: 1, arbitrary: edges });
}

/** A value of the schema's shape (not always valid: patterns and refinements are approximate). */
export function shaped(schema: JsonSchema, pool: IdPool, key = '', depth = 0): fc.Arbitrary<unknown> {
  if (depth > 6) return fc.constant(null);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives?.length) return fc.oneof(...alternatives.map((alt) => shaped(alt, pool, key, depth + 1)));
  if (schema.allOf?.length) return shaped(Object.assign({}, ...schema.allOf) as JsonSchema, pool, key, depth + 1);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'object': {
      const properties = schema.properties ?? {};
      const record = Object.fromEntries(Object.entries(properties).map(([name, child]) => [name, shaped(child, pool, name, depth + 1)]));
      return fc.record(record, { requiredKeys: (schema.required ?? []).filter((name) => name in properties) });
    }
    case 'array':
      return fc.array(schema.items ? shaped(schema.items, pool, key, depth + 1) : fc.anything({ maxDepth: 1 }), {
        minLength: Math.min(schema.minItems ?? 0, MAX_ARRAY),
        maxLength: Math.min(schema.maxItems ?? MAX_ARRAY, MAX_ARRAY),
      });
    case 'string':
      return stringFor(schema, key, pool);
    case 'integer':
      return numberFor(schema, true);
    case 'number':
      return numberFor(schema, false);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    default:
      return fc.anything({ maxDepth: 2 });
  }
}

/** The shaped value broken once, somewhere: a client's typo, a stale client, or plain garbage. */
function broken(value: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof(
    value.chain((v) => (isObject(v) && Object.keys(v).length > 0 ? fc.constantFrom(...Object.keys(v)).map((key) => omit(v, key)) : fc.constant(v))),
    value.map((v) => (isObject(v) ? { ...v, unexpectedField: 1 } : v)),
    fc.tuple(value, fc.oneof(fc.constant(null), fc.string({ maxLength: 5 }), fc.integer(), fc.constant([]), fc.constant({}))).chain(([v, replacement]) =>
      isObject(v) && Object.keys(v).length > 0 ? fc.constantFrom(...Object.keys(v)).map((key) => ({ ...v, [key]: replacement })) : fc.constant(replacement),
    ),
    fc.anything({ maxDepth: 3 }),
  );
}

export function payloadsFor(input: z.ZodType, pool: IdPool): fc.Arbitrary<unknown> {
  const schema = z.toJSONSchema(input, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const value = shaped(schema, pool);
  return fc.oneof({ weight: 3, arbitrary: value }, { weight: 2, arbitrary: broken(value) });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function omit(value: Record<string, unknown>, key: string): Record<string, unknown> {
  const { [key]: _dropped, ...rest } = value;
  return rest;
}
