import { trackTableWrites } from '../db/tableVersions';
import { APPLICATION_DATES_IGNORES, KeptKnownDates } from '../services/keptKnownDates';
import { BUILTIN_LADDERS } from '../catalog';
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
import { CalendarFeedService } from '../services/calendar/calendarFeedService';
import { CalendarService } from '../services/calendar/calendarService';
import { FairStartRepository } from '../db/repositories/fairStartRepository';
import { RecordLinkRepository } from '../db/repositories/recordLinkRepository';
import { FairStartService } from '../services/fairStart/fairStartService';
import { RecordLinkService } from '../services/recordLinks/recordLinkService';
import { preparationStanding } from '../services/trackStanding';
import { fairStartHandlers, linkedRecordHandlers } from './fairStartHandlers';
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
import { preparationNextActions, prerequisiteNextActions } from '../services/sliceNextActions';
import { OwnRulesService } from '../services/rules/ownRulesService';
import { RulesAdoptionService } from '../services/rules/rulesAdoptionService';
import { TrackService } from '../services/trackService';
import { TrainingService } from '../services/trainingService';
import { appHandlers } from './appHandlers';
import { buildAppInfo } from './appInfo';
import type { BackupMethod } from './backupHandlers';
import { catalogHandlers } from './catalogHandlers';
import { credentialHandlers, evidenceHandlers } from './credentialHandlers';
import { flashcardHandlers } from './flashcardHandlers';
import type { HandlerTable } from './handlers';
import { prerequisiteHandlers } from './prerequisiteHandlers';
import { recordHandlers } from './recordHandlers';
import { calendarHandlers, dashboardHandlers, reminderHandlers } from './reminderHandlers';
import { ceHandlers, renewalHandlers } from './renewalHandlers';
import { rulesHandlers } from './rulesHandlers';
import { trackHandlers } from './trackHandlers';
import { StudyWeeksRepository } from '../db/repositories/studyWeeksRepository';
import { wireFlashcards } from './wireFlashcards';
import { wirePreparation } from './wirePreparation';
import { wireUndo } from './wireUndo';

/** Every service that stores dates (application, preparation, renewal), for reminders and the calendar export. */
export type KnownDateSources = readonly KnownDateSource[];

/**
 * Builds repositories and services once and returns the handler table the dispatcher serves.
 * The backup methods come from the core itself (they outlive one opening of the database).
 */
export function wireHandlers(ctx: CoreContext): Omit<HandlerTable, BackupMethod> {
  const now = () => ctx.clock.now();
  // Before any repository prepares a statement: every write then bumps its table's version.
  const versions = trackTableWrites(ctx.db);
  const certifications = new CertificationRepository(ctx.db);
  const trackRepo = new TrackRepository(ctx.db, versions);
  const catalog = new CatalogService(certifications, trackRepo, BUILTIN_LADDERS, now);
  const tracks = new TrackService(trackRepo, catalog, now);
  const settings = new SettingsService(new KeyValueRepository(ctx.db, 'settings'), ctx.hostServices.setOpenAtLogin);
  const credentialRepo = new CredentialRepository(ctx.db, versions);
  const credentials = new CredentialService(credentialRepo, catalog, now);
  const evidence = new EvidenceService(new EvidenceRepository(ctx.db), ctx.dataDir, now, versions);
  // The application and the exam read each other (attempts used ↔ the eligibility window), so
  // each is handed a function that reaches the other once both exist.
  let applications: ApplicationService | null = null;
  const preparation = wirePreparation(ctx, { tracks, credentials, holidayCountry: () => settings.get().holidayCountry, versions }, {
    // An eligibility period counts attempts only when its end is known.
    applicationWindow: (trackId) => {
      const window = applications?.applicationWindow(trackId) ?? null;
      return window?.eligibilityEndsOn ? { ...window, eligibilityEndsOn: window.eligibilityEndsOn } : null;
    },
  });

  // Flashcards (issue 13): the daily budget comes from the plan, review minutes become sessions.
  const flashcards = wireFlashcards(ctx, {
    tracks,
    schedule: preparation.services.schedule,
    planItems: preparation.planItems,
    refreshPlan: (trackId) => preparation.services.preparation.refreshPlan(trackId),
    sessions: preparation.services.sessions,
  });

  // Prerequisites (issue 3): records, eligibility and the application.
  const openTracks = () => trackRepo.list(false);
  const profile = new ProfileService(new ProfileRepository(ctx.db), now);
  const experience = new ExperienceService(new ExperienceRepository(ctx.db), openTracks, now, versions);
  const training = new TrainingService(new TrainingRepository(ctx.db), evidence, openTracks, now, versions);
  const eligibility = new EligibilityService({
    tracks,
    openTracks,
    profile,
    experience,
    training,
    credentials,
    checks: new TrackCheckRepository(ctx.db),
    acronyms: () => certifications.acronymsById(),
    tagsOf: () => certifications.tagsById(),
    events: ctx.events,
    now,
    versions,
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
  // Statuses follow the records after every change, and once at start (below, when every slice
  // that decides whether a held credential counts is wired).
  eligibility.watch();
  applications.watch();

  const ceRepo = new CeActivityRepository(ctx.db);
  const renewalRepo = new RenewalRepository(ctx.db);
  const fairStartRepo = new FairStartRepository(ctx.db);
  const linkRepo = new RecordLinkRepository(ctx.db);
  // The renewal view reads the fair start and the training links through seams; the link service
  // needs the renewal in turn, so the seam reaches it once it exists.
  let links: RecordLinkService | null = null;
  const renewal = new RenewalService(credentials, ceRepo, renewalRepo, evidence, tracks, trackRepo, now, {
    fairStartOf: (id) => fairStartRepo.get(id),
    linkedTrainingOf: (activityId) => links?.linkedTrainingOf(activityId) ?? null,
    versions,
  });
  const ceActivities = new CeActivityService(ceRepo, renewal, evidence, now);
  ctx.bulkImport?.({ ceActivities });
  const transaction = <T,>(work: () => T): T => ctx.db.transaction(work)();
  const fairStart = new FairStartService(fairStartRepo, renewal, ceRepo, ctx.events, transaction, now);
  credentials.registerAddedByHand((credential) => fairStart.begin(credential));
  links = new RecordLinkService(linkRepo, training, ceActivities, ceRepo, renewal, ctx.events, transaction, now);
  evidence.registerUsage((id) => ceActivities.usesOfEvidence(id), ['ce_activity_evidence', 'ce_activities']);
  credentials.registerStandingCheck((credential) => !['suspended', 'expired'].includes(renewal.evaluate(credential).status));
  // Time has passed since the last run (ongoing work added months, old months left windows, a
  // cycle ended). Only now: before the standing check above, a lapsed credential counted as held
  // at start, so a fresh start moved a track a running core rightly left alone.
  eligibility.syncStatuses();
  credentials.registerRemovalGuard((id) => {
    const activities = ceRepo.forCredential(id).length;
    const renewals = renewalRepo.forCredential(id).length;
    return [
      ...(activities ? [`${activities} continuing-education ${activities === 1 ? 'activity' : 'activities'}`] : []),
      ...(renewals ? [`${renewals} renewal${renewals === 1 ? '' : 's'}`] : []),
    ];
  });

  // Rules (issue 8): newer catalog rules reach tracks and credentials only through rulesAdoption.adoptLatestRules.
  const rulesAdoption = new RulesAdoptionService({
    tracks: trackRepo,
    credentials: credentialRepo,
    catalog,
    nameOf: () => {
      const acronyms = certifications.acronymsById();
      return (id) => acronyms.get(id) ?? id;
    },
    figures: { eligibility: (track) => eligibility.evaluate(track), renewal: (c, m) => renewal.evaluate(c, m), today: () => localDateOf(now()) },
    now,
  });
  const ownRules = new OwnRulesService(trackRepo, credentialRepo, (trackId) => tracks.get(trackId).outline.canFillIn, now);

  // Every slice that stores dates adds its source here; reminders and the calendar export read
  // them all: audit due and eligibility end (application), exam and study days (preparation),
  // cycle end, suspension end and pace warnings (renewal).
  const applicationDates = new KeptKnownDates(applications, versions, APPLICATION_DATES_IGNORES, false);
  const knownDateSources: KnownDateSources = [applicationDates, ...preparation.knownDateSources, new RenewalKnownDates(renewal, versions)];
  const reminders = new ReminderService(new ReminderRepository(ctx.db), knownDateSources, settings, ctx.events, now, versions);
  const calendar = new CalendarService(reminders, tracks, credentials, settings, ctx.version, now);
  const calendarFeed = new CalendarFeedService(calendar, settings, ctx.dataDir);
  const auditPackets = new AuditPacketService(renewal, evidence, now);
  // The first slice with an answer names a track's next action; renewal answers for held credentials.
  const nextActions: NextActionSource[] = [
    prerequisiteNextActions(eligibility, applications),
    preparationNextActions(preparation.services.preparation),
  ];
  const standing = preparationStanding(preparation.services.preparation, preparation.services.practice, preparation.services.schedule, preparation.preparedTrackIds, new StudyWeeksRepository(ctx.db), versions);
  const dashboard = new DashboardService(tracks, renewal, reminders, nextActions, standing, (id) => fairStartRepo.get(id));

  ctx.background.register('track statuses follow renewal', () => {
    if (renewal.syncTrackStatuses()) ctx.events.emit('data:changed', { areas: ['tracks'] });
  });
  ctx.background.register('reminders', () => reminders.check());
  ctx.background.register('subscribed calendar file', () => calendarFeed.refresh());
  settings.applyOpenAtLogin();

  const info = () => buildAppInfo(ctx);

  // Deletes answer with an undo token (wireUndo); `undo:restore` brings the record back.
  return wireUndo(ctx, {
    ...appHandlers(info, settings),
    ...catalogHandlers(catalog),
    ...trackHandlers(tracks),
    ...rulesHandlers(rulesAdoption, ownRules, tracks, credentials, renewal, (detail) =>
      ctx.backups.takeAutomaticBackup('before-rules-adoption', detail),
    ),
    ...credentialHandlers(credentials),
    ...evidenceHandlers(evidence),
    ...recordHandlers(profile, experience, training),
    ...prerequisiteHandlers(eligibility, applications, pack),
    ...preparation.handlers,
    ...renewalHandlers(renewal, auditPackets),
    ...ceHandlers(ceActivities),
    ...reminderHandlers(reminders),
    ...calendarHandlers(calendar, calendarFeed),
    ...fairStartHandlers(fairStart),
    ...linkedRecordHandlers(links),
    ...dashboardHandlers(dashboard),
    ...flashcardHandlers(flashcards.api),
  });
}
