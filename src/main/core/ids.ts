import { randomUUID } from 'node:crypto';

/** Opaque ids for rows people create; a prefix makes logs and exports readable. */
export function newId(prefix: string): string {
  return `${prefix}-${randomUUID()}`;
}
