import { BUILTIN_CATALOG_VERSION, BUILTIN_LADDERS } from '../catalog';
import { localDateOf } from '../clock';
import type { CoreContext } from '../context';
import { CeActivityRepository } from '../db/repositories/ceActivityRepository';
import { CertificationRepository } from '../db/repositories/certificationRepository';
import { CredentialRepository } from '../db/repositories/credentialRepository';
import { EvidenceRepository } from '../db/repositories/evidenceRepository';
import { KeyValueRepository } from '../db/repositories/keyValueRepository';
import { ApplicationRepository } from '../db/repositories/applicationRepository';
import { ExperienceRepository } from '../db/repositories/experienceRepository';
import { ProfileRepository } from '../db/repositories/profileRepository';
import { TrackCheckRepository } from '../db/repositories/trackCheckRepository';
import { TrackRepository } from '../db/repositories/trackRepository';
import { TrainingRepository } from '../db/repositories/trainingRepository';
import { ReminderRepository } from '../db/repositories/reminderRepository';
import { RenewalRepository } from '../db/repositories/renewalRepository';
import { AuditPacketService } from '../services/auditPacketService';
import { CalendarService } from '../services/calendarService';
import { CatalogService } from '../services/catalogService';
import { CeActivityService } from '../services/ceActivityService';
import { CredentialService } from '../services/credentialService';
import { DashboardService, type NextActionSource } from '../services/dashboardService';
import { EvidenceService } from '../services/evidenceService';
import { ApplicationPackService } from '../services/applicationPackService';
import { type AttemptsSource, ApplicationService } from '../services/applicationService';
import { EligibilityService } from '../services/eligibilityService';
import { ExperienceService } from '../services/experienceService';
import type { KnownDateSource } from '../services/knownDates';
import { ProfileService } from '../services/profileService';
import { ReminderService } from '../services/reminderService';
import { RenewalKnownDates } from '../services/renewalKnownDates';
import { RenewalService } from '../services/renewalService';
import { SettingsService } from '../services/settingsService';
import { preparationNextActions, preparationStudyHours, prerequisiteNextActions } from '../services/sliceNextActions';
import { TrackService } from '../services/trackService';
import { TrainingService } from '../services/trainingService';
import { appHandlers } from './appHandlers';
import { catalogHandlers } from './catalogHandlers';
import { credentialHandlers, evidenceHandlers } from './credentialHandlers';
import { flashcardHandlers } from './flashcardHandlers';
import type { HandlerTable } from './handlers';
import { prerequisiteHandlers } from './prerequisiteHandlers';
import { recordHandlers } from './recordHandlers';
import { calendarHandlers, dashboardHandlers, reminderHandlers } from './reminderHandlers';
import { ceHandlers, renewalHandlers } from './renewalHandlers';
import { trackHandlers } from './trackHandlers';
import { wireFlashcards } from './wireFlashcards';
import { wirePreparation } from './wirePreparation';

/** Every service that stores dates (application, preparation, renewal), for reminders and the calendar export. */
export type KnownDateSources = readonly KnownDateSource[];

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
  // The application and the exam read each other (attempts used ↔ the eligibility window), so
  // each is handed a function that reaches the other once both exist.
  let applications: ApplicationService | null = null;
  const preparation = wirePreparation(ctx, { tracks, credentials }, {
    // An eligibility period counts attempts only when its end is known.
    applicationWindow: (trackId) => {
      const window = applications?.applicationWindow(trackId) ?? null;
      return window?.eligibilityEndsOn ? { ...window, eligibilityEndsOn: window.eligibilityEndsOn } : null;
    },
  });

  // Flashcards (issue 13): the daily budget comes from the plan, review minutes become sessions.
  const flashcards = wireFlashcards(ctx, {
    tracks,
    schedule: preparation.schedule,
    planItems: preparation.planItems,
    refreshPlan: (trackId) => preparation.services.preparation.refreshPlan(trackId),
    sessions: preparation.services.sessions,
  });

  // Prerequisites (issue 3): records, eligibility and the application.
  const openTracks = () => trackRepo.list(false);
  const profile = new ProfileService(new ProfileRepository(ctx.db), now);
  const experience = new ExperienceService(new ExperienceRepository(ctx.db), openTracks, now);
  const training = new TrainingService(new TrainingRepository(ctx.db), evidence, openTracks, now);
  const eligibility = new EligibilityService({
    tracks,
    openTracks,
    profile,
    experience,
    training,
    credentials,
    checks: new TrackCheckRepository(ctx.db),
    acronyms: () => certifications.acronymsById(),
    events: ctx.events,
    now,
  });
  const attempts: AttemptsSource = { attemptsUsed: (trackId) => preparation.services.exam.attemptsUsed(trackId) };
  applications = new ApplicationService(
    new ApplicationRepository(ctx.db),
    tracks,
    attempts,
    ctx.events,
    (work) => ctx.db.transaction(work)(),
    now,
  );
  const pack = new ApplicationPackService({ tracks, eligibility, experience, training, credentials, hostServices: ctx.hostServices, now });
  // Statuses follow the records: bring them in line once at start (time has passed since the last
  // run: ongoing work added months, old months left windows), then after every change.
  eligibility.syncStatuses();
  eligibility.watch();
  applications.watch();

  const ceRepo = new CeActivityRepository(ctx.db);
  const renewalRepo = new RenewalRepository(ctx.db);
  const renewal = new RenewalService(credentials, ceRepo, renewalRepo, evidence, tracks, trackRepo, now);
  const ceActivities = new CeActivityService(ceRepo, renewal, evidence, now);
  evidence.registerUsage((id) => ceActivities.usesOfEvidence(id));
  credentials.registerStandingCheck((credential) => !['suspended', 'expired'].includes(renewal.evaluate(credential).status));
  credentials.registerRemovalGuard((id) => {
    const activities = ceRepo.forCredential(id).length;
    const renewals = renewalRepo.forCredential(id).length;
    return [
      ...(activities ? [`${activities} continuing-education ${activities === 1 ? 'activity' : 'activities'}`] : []),
      ...(renewals ? [`${renewals} renewal${renewals === 1 ? '' : 's'}`] : []),
    ];
  });

  // Every slice that stores dates adds its source here; reminders and the calendar export read
  // them all: audit due and eligibility end (application), exam and study days (preparation),
  // cycle end, suspension end and pace warnings (renewal).
  const knownDateSources: KnownDateSources = [applications, ...preparation.knownDateSources, new RenewalKnownDates(renewal)];
  const reminders = new ReminderService(new ReminderRepository(ctx.db), knownDateSources, settings, ctx.events, now);
  const calendar = new CalendarService(reminders, tracks, now);
  const auditPackets = new AuditPacketService(renewal, evidence, now);
  // The first slice with an answer names a track's next action; renewal answers for held credentials.
  const nextActions: NextActionSource[] = [
    prerequisiteNextActions(eligibility, applications),
    preparationNextActions(preparation.services.preparation),
  ];
  const studyHours = preparationStudyHours(preparation.services.preparation, preparation.preparedTrackIds);
  const dashboard = new DashboardService(tracks, renewal, reminders, nextActions, studyHours);

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
    ...recordHandlers(profile, experience, training),
    ...prerequisiteHandlers(eligibility, applications, pack),
    ...preparation.handlers,
    ...renewalHandlers(renewal, auditPackets),
    ...ceHandlers(ceActivities),
    ...reminderHandlers(reminders),
    ...calendarHandlers(calendar),
    ...dashboardHandlers(dashboard),
    ...flashcardHandlers(flashcards.api),
  };
}
