/** 12 → "12 PDUs", 1 → "1 PDU", 0.25 → "0.25 PDUs"; "CPD point" → "CPD points". Shared so the core's sentences and the views agree. */
export function formatUnits(n: number, unitName: string): string {
  const rounded = Math.round(n * 100) / 100;
  return `${rounded} ${rounded === 1 || unitName.endsWith('s') ? unitName : `${unitName}s`}`;
}
