import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Files kept under their content hash in a folder of the data directory (evidence files, card
 * images): the same bytes are stored once, and nothing points outside the data folder.
 * Returns the SHA-256 the file is stored under.
 */
export function storeContentAddressed(dir: string, bytes: Uint8Array): string {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  mkdirSync(dir, { recursive: true });
  const target = join(dir, sha256);
  if (!existsSync(target)) {
    // Write beside the target and rename, so a crash never leaves half a file under its hash.
    const partial = `${target}.${process.pid}.partial`;
    writeFileSync(partial, bytes, { mode: 0o600 });
    renameSync(partial, target);
  }
  return sha256;
}
