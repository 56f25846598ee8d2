import { format } from 'date-fns';
import type { IsoDate } from '../../shared/schemas/dates';

/** Every date rule reads time from here, so tests and the web host's test mode can pin it. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that stands still until told otherwise; used by tests and `--test-mode`. */
export class AdjustableClock implements Clock {
  #instant: Date;
  constructor(start: Date) {
    this.#instant = new Date(start.getTime());
  }
  now(): Date {
    return new Date(this.#instant.getTime());
  }
  set(instant: Date): void {
    this.#instant = new Date(instant.getTime());
  }
}

/** The person's local calendar day for an instant. */
export function localDateOf(instant: Date): IsoDate {
  return format(instant, 'yyyy-MM-dd');
}
