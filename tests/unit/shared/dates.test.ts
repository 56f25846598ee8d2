import { describe, expect, it } from 'vitest';
import { IsoDateSchema, IsoMonthSchema } from '../../../src/shared/schemas/dates';

describe('date schemas', () => {
  it.each(['2024-02-29', '2026-11-25', '2000-12-31'])('accepts %s', (d) => expect(IsoDateSchema.safeParse(d).success).toBe(true));
  it.each(['2026-02-29', '2026-13-01', '2026-04-31', '26-11-25', '2026-11-25T00:00'])('rejects %s', (d) =>
    expect(IsoDateSchema.safeParse(d).success).toBe(false),
  );
  it('accepts months and rejects month 13', () => {
    expect(IsoMonthSchema.safeParse('2026-11').success).toBe(true);
    expect(IsoMonthSchema.safeParse('2026-13').success).toBe(false);
  });
});
