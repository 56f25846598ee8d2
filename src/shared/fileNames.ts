/**
 * Bidirectional-text controls (U+202E RIGHT-TO-LEFT OVERRIDE and friends) make a name display in
 * another order than it is stored: `invoice‮fdp.exe` shows as `invoiceexe.pdf`. File names are
 * shown without them, and without other control characters.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const HIDDEN = /[\u0000-\u001f\u007f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function displayFileName(name: string): string {
  return name.replace(HIDDEN, '');
}
