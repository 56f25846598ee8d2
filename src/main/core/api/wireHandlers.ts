import { BUILTIN_CATALOG_VERSION, BUILTIN_LADDERS } from '../catalog';
import { localDateOf } from '../clock';
import type { CoreContext } from '../context';
import { CertificationRepository } from '../db/repositories/certificationRepository';
import { CredentialRepository } from '../db/repositories/credentialRepository';
import { EvidenceRepository } from '../db/repositories/evidenceRepository';
import { KeyValueRepository } from '../db/repositories/keyValueRepository';
import { TrackRepository } from '../db/repositories/trackRepository';
import { CatalogService } from '../services/catalogService';
import { CredentialService } from '../services/credentialService';
import { EvidenceService } from '../services/evidenceService';
import type { KnownDateSource } from '../services/knownDates';
import { SettingsService } from '../services/settingsService';
import { TrackService } from '../services/trackService';
import { appHandlers } from './appHandlers';
import { catalogHandlers } from './catalogHandlers';
import { credentialHandlers, evidenceHandlers } from './credentialHandlers';
import type { HandlerTable } from './handlers';
import { trackHandlers } from './trackHandlers';
import { wirePreparation } from './wirePreparation';

/** Builds repositories and services once and returns the handler table the dispatcher serves. */
export function wireHandlers(ctx: CoreContext): HandlerTable {
  const now = () => ctx.clock.now();
  const certifications = new CertificationRepository(ctx.db);
  const trackRepo = new TrackRepository(ctx.db);
  const catalog = new CatalogService(certifications, trackRepo, BUILTIN_LADDERS, now);
  const tracks = new TrackService(trackRepo, catalog, now);
  const settings = new SettingsService(new KeyValueRepository(ctx.db, 'settings'));
  const credentials = new CredentialService(new CredentialRepository(ctx.db), catalog, now);
  const evidence = new EvidenceService(new EvidenceRepository(ctx.db), ctx.dataDir, now);
  const preparation = wirePreparation(ctx, { tracks, credentials }, {
    // Wired to the application slice (issue 3) at integration.
    applicationWindow: () => null,
  });
  // Every slice's dated facts (exam days, planned study days, …); the reminders slice and the
  // calendar export collect them from here at integration. The application slice reads
  // `preparation.services.exam.attemptsUsed(trackId)`.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- read by the reminders slice once it lands
  const knownDateSources: KnownDateSource[] = [...preparation.knownDateSources];

  const info = () => {
    const instant = ctx.clock.now();
    return {
      version: ctx.version,
      host: ctx.host,
      dataDir: ctx.dataDir,
      today: localDateOf(instant),
      now: instant.toISOString(),
      catalogVersion: BUILTIN_CATALOG_VERSION,
      capabilities: {
        printToPdf: ctx.hostServices.printToPdf !== undefined,
        nativeNotifications: ctx.host === 'electron',
      },
    };
  };

  return {
    ...appHandlers(info, settings),
    ...catalogHandlers(catalog),
    ...trackHandlers(tracks),
    ...credentialHandlers(credentials),
    ...evidenceHandlers(evidence),
    ...preparation.handlers,
  };
}
