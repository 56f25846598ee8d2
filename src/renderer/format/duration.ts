/** 200 → "3 h 20 min", 45 → "45 min", 120 → "2 h", 0 → "0 min". */
export function formatDuration(minutes: number): string {
  const rounded = Math.round(minutes);
  const h = Math.floor(rounded / 60);
  const m = rounded % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** Minutes as hours with at most one decimal, for charts and tables: 135 → 2.3. */
export function toHours(minutes: number): number {
  return Math.round((minutes / 60) * 10) / 10;
}
