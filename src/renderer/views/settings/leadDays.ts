import { MAX_LEAD_DAYS } from '../../../shared/schemas/settings';

/** "180, 90, 30, 7" → [180, 90, 30, 7], or what is wrong with it. */
export function parseLeadDays(text: string): { ok: true; days: number[] } | { ok: false; message: string } {
  const parts = text.split(/[,\s]+/).filter(Boolean);
  const days: number[] = [];
  for (const part of parts) {
    const n = Number(part);
    if (!Number.isInteger(n) || n < 0 || n > MAX_LEAD_DAYS) return { ok: false, message: `“${part}” is not a whole number of days from 0 to ${MAX_LEAD_DAYS}` };
    if (days.includes(n)) return { ok: false, message: `${n} appears twice` };
    days.push(n);
  }
  if (days.length > 6) return { ok: false, message: 'At most 6 reminders for one date' };
  return { ok: true, days: days.sort((a, b) => b - a) };
}
