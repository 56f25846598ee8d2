/** Fetches what a fake Electron object recorded, failing the test loudly when it was never set. */
export function registered<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`${what} was never registered`);
  return value;
}
