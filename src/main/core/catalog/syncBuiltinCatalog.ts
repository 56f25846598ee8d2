import { type Certification, CertificationSchema } from '../../../shared/schemas/certification';
import type { Db } from '../db/connection';
import { CertificationRepository } from '../db/repositories/certificationRepository';
import { KeyValueRepository } from '../db/repositories/keyValueRepository';
import type { BuiltinEntry } from './builtinEntry';

export interface CatalogRelease {
  version: number;
  releasedAt: string;
  entries: readonly BuiltinEntry[];
}

export interface CatalogSyncReport {
  added: string[];
  updated: string[];
}

/**
 * Brings built-in rows up to this release: adds new entries and replaces entries whose revision
 * moved. Custom entries are never read or written here, and tracks keep the snapshot they copied,
 * so an update can only ever offer newer rules, not impose them.
 */
export function syncBuiltinCatalog(db: Db, release: CatalogRelease): CatalogSyncReport {
  const meta = new KeyValueRepository(db, 'meta');
  if (meta.get('builtin_catalog_version') === String(release.version)) {
    return { added: [], updated: [] };
  }
  const repo = new CertificationRepository(db);
  const report: CatalogSyncReport = { added: [], updated: [] };
  db.transaction(() => {
    const stored = repo.revisions();
    for (const entry of release.entries) {
      const cert = toBuiltinCertification(entry, release.releasedAt);
      const existing = stored.get(cert.id);
      if (!existing) {
        repo.insert(cert);
        report.added.push(cert.id);
      } else if (existing.origin === 'builtin' && existing.revision !== cert.revision) {
        repo.update(cert);
        report.updated.push(cert.id);
      }
    }
    meta.set('builtin_catalog_version', String(release.version));
  })();
  return report;
}

export function toBuiltinCertification(entry: BuiltinEntry, releasedAt: string): Certification {
  return CertificationSchema.parse({
    ...entry,
    origin: 'builtin',
    copiedFrom: null,
    updatedAt: releasedAt,
  });
}
