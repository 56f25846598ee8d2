import type { z } from 'zod';

/** One contract method: what the renderer sends, what it gets back, and a line for the docs. */
export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  summary: string;
}

/** Keeps each area's table literal-typed while checking that every entry is a MethodSpec. */
export function defineMethods<const T extends Record<string, MethodSpec>>(methods: T): T {
  return methods;
}
