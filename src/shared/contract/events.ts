import { z } from 'zod';

/** Main → renderer notifications. Payloads are validated like method outputs. */
export const eventSchemas = {
  /** Something changed in the named areas; views showing them refresh. */
  'data:changed': z.object({ areas: z.array(z.string()) }),
} as const;

export type EventName = keyof typeof eventSchemas;
export type EventPayload<E extends EventName> = z.infer<(typeof eventSchemas)[E]>;
export const EVENT_NAMES = Object.keys(eventSchemas) as EventName[];
