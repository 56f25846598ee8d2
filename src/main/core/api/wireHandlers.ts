import { BUILTIN_CATALOG_VERSION, BUILTIN_LADDERS } from '../catalog';
import { localDateOf } from '../clock';
import type { CoreContext } from '../context';
import { CeActivityRepository } from '../db/repositories/ceActivityRepository';
import { CertificationRepository } from '../db/repositories/certificationRepository';
import { CredentialRepository } from '../db/repositories/credentialRepository';
import { EvidenceRepository } from '../db/repositories/evidenceRepository';
import { KeyValueRepository } from '../db/repositories/keyValueRepository';
import { ReminderRepository } from '../db/repositories/reminderRepository';
import { RenewalRepository } from '../db/repositories/renewalRepository';
import { TrackRepository } from '../db/repositories/trackRepository';
import { AuditPacketService } from '../services/auditPacketService';
import { CalendarService } from '../services/calendarService';
import { CatalogService } from '../services/catalogService';
import { CeActivityService } from '../services/ceActivityService';
import { CredentialService } from '../services/credentialService';
import { DashboardService, NO_STUDY_HOURS, type NextActionSource } from '../services/dashboardService';
import { EvidenceService } from '../services/evidenceService';
import type { KnownDateSource } from '../services/knownDates';
import { ReminderService } from '../services/reminderService';
import { RenewalKnownDates } from '../services/renewalKnownDates';
import { RenewalService } from '../services/renewalService';
import { SettingsService } from '../services/settingsService';
import { TrackService } from '../services/trackService';
import { appHandlers } from './appHandlers';
import { catalogHandlers } from './catalogHandlers';
import { credentialHandlers, evidenceHandlers } from './credentialHandlers';
import type { HandlerTable } from './handlers';
import { calendarHandlers, dashboardHandlers, reminderHandlers } from './reminderHandlers';
import { ceHandlers, renewalHandlers } from './renewalHandlers';
import { trackHandlers } from './trackHandlers';

/** Builds repositories and services once and returns the handler table the dispatcher serves. */
export function wireHandlers(ctx: CoreContext): HandlerTable {
  const now = () => ctx.clock.now();
  const certifications = new CertificationRepository(ctx.db);
  const trackRepo = new TrackRepository(ctx.db);
  const catalog = new CatalogService(certifications, trackRepo, BUILTIN_LADDERS, now);
  const tracks = new TrackService(trackRepo, catalog, now);
  const settings = new SettingsService(new KeyValueRepository(ctx.db, 'settings'), ctx.hostServices.setOpenAtLogin);
  const credentials = new CredentialService(new CredentialRepository(ctx.db), catalog, now);
  const evidence = new EvidenceService(new EvidenceRepository(ctx.db), ctx.dataDir, now);

  const ceRepo = new CeActivityRepository(ctx.db);
  const renewal = new RenewalService(credentials, ceRepo, new RenewalRepository(ctx.db), evidence, tracks, trackRepo, now);
  const ceActivities = new CeActivityService(ceRepo, renewal, evidence, now);
  evidence.registerUsage((id) => ceActivities.usesOfEvidence(id));

  // Every slice that stores dates adds its source here. TODO(issue 3, 4): the lead adds the exam
  // slice's source (exam dates, planned study sessions) and the application slice's (audit due,
  // eligibility-period end) when merging; reminders and the calendar then include them.
  const knownDateSources: KnownDateSource[] = [new RenewalKnownDates(renewal)];
  const reminders = new ReminderService(new ReminderRepository(ctx.db), knownDateSources, settings, ctx.events, now);
  const calendar = new CalendarService(reminders, tracks, now);
  const auditPackets = new AuditPacketService(renewal, evidence, now);
  // TODO(issue 3, 4): next actions from the prerequisites and exam slices, and the preparation
  // slice's study hours (in place of NO_STUDY_HOURS), are wired here at merge.
  const nextActions: NextActionSource[] = [];
  const dashboard = new DashboardService(tracks, renewal, reminders, nextActions, NO_STUDY_HOURS);

  ctx.background.register('track statuses follow renewal', () => {
    if (renewal.syncTrackStatuses()) ctx.events.emit('data:changed', { areas: ['tracks'] });
  });
  ctx.background.register('reminders', () => reminders.check());
  settings.applyOpenAtLogin();

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
        openAtLogin: ctx.hostServices.setOpenAtLogin !== undefined,
      },
    };
  };

  return {
    ...appHandlers(info, settings),
    ...catalogHandlers(catalog),
    ...trackHandlers(tracks),
    ...credentialHandlers(credentials),
    ...evidenceHandlers(evidence),
    ...renewalHandlers(renewal, auditPackets),
    ...ceHandlers(ceActivities),
    ...reminderHandlers(reminders),
    ...calendarHandlers(calendar),
    ...dashboardHandlers(dashboard),
  };
}
