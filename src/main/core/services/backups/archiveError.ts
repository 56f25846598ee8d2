/**
 * An archive (backup or export) that cannot be used: damaged, truncated, not Certplan's, or from a
 * newer version. The message is written for the person and says what is wrong with the file.
 */
export class ArchiveError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArchiveError';
  }
}
