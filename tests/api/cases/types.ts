import type { MethodName } from '../../../src/shared/contract';
import type { WebHost } from '../../support/webHost';

/**
 * For every contract method: one good call (with what it should return) and one bad input (with
 * the field the error must name). `api.test.ts` fails if a method has no case.
 */
export interface MethodCase {
  good: (host: WebHost) => Promise<unknown>;
  bad: { input: (host: WebHost) => Promise<unknown> | unknown; field: string; code?: string };
}

export type MethodCases = Partial<Record<MethodName, MethodCase>>;
