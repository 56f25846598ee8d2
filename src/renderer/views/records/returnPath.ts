/** Only in-app track pages may be returned to after a form, never an arbitrary address. */
export function safeReturnPath(value: string | null): string | null {
  return value && /^\/tracks\/[\w-]+\/[\w-]+$/.test(value) ? value : null;
}
