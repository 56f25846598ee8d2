import { describe, expect, it } from 'vitest';
import { IsoDateSchema, IsoMonthSchema } from '../../../src/shared/schemas/dates';

describe('date schemas', () => {
  it.each(['2024-02-29', '2026-11-25', '2000-12-31'])('accepts %s', (d) => expect(IsoDateSchema.safeParse(d).success).toBe(true));
  it.each(['2026-02-29', '2026-13-01', '2026-04-31', '26-11-25', '2026-11-25T00:00'])('rejects %s', (d) =>
    expect(IsoDateSchema.safeParse(d).success).toBe(false),
  );
  it.each(['0001-01-01', '1949-12-31', '2101-01-01', '9999-12-31'])('rejects %s, outside 1950–2100', (d) => {
    const result = IsoDateSchema.safeParse(d);
    expect(result.success ? null : result.error.issues[0]?.message).toBe('Use a date between 1950 and 2100');
  });
  it.each(['1950-01-01', '2100-12-31'])('accepts the range ends (%s)', (d) => expect(IsoDateSchema.safeParse(d).success).toBe(true));
  it('keeps months inside the range too', () => {
    expect(IsoMonthSchema.safeParse('0001-01').success).toBe(false);
    expect(IsoMonthSchema.safeParse('2100-12').success).toBe(true);
  });
  it('accepts months and rejects month 13', () => {
    expect(IsoMonthSchema.safeParse('2026-11').success).toBe(true);
    expect(IsoMonthSchema.safeParse('2026-13').success).toBe(false);
  });
});
