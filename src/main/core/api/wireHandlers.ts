import { BUILTIN_CATALOG_VERSION, BUILTIN_LADDERS } from '../catalog';
import { localDateOf } from '../clock';
import type { CoreContext } from '../context';
import { CertificationRepository } from '../db/repositories/certificationRepository';
import { CredentialRepository } from '../db/repositories/credentialRepository';
import { EvidenceRepository } from '../db/repositories/evidenceRepository';
import { ExamRepository } from '../db/repositories/examRepository';
import { KeyValueRepository } from '../db/repositories/keyValueRepository';
import { PracticeRepository } from '../db/repositories/practiceRepository';
import { PreparationRepository } from '../db/repositories/preparationRepository';
import { StudySessionRepository } from '../db/repositories/studySessionRepository';
import { TrackRepository } from '../db/repositories/trackRepository';
import { CatalogService } from '../services/catalogService';
import { CredentialService } from '../services/credentialService';
import { EvidenceService } from '../services/evidenceService';
import { type ApplicationWindow, ExamService } from '../services/examService';
import { ExamScheduleService } from '../services/examScheduleService';
import type { KnownDateSource } from '../services/knownDates';
import { PracticeService } from '../services/practiceService';
import { PreparationService } from '../services/preparationService';
import { SettingsService } from '../services/settingsService';
import { StudySessionService } from '../services/studySessionService';
import { TrackService } from '../services/trackService';
import { appHandlers } from './appHandlers';
import { catalogHandlers } from './catalogHandlers';
import { credentialHandlers, evidenceHandlers } from './credentialHandlers';
import { examHandlers } from './examHandlers';
import type { HandlerTable } from './handlers';
import { practiceHandlers } from './practiceHandlers';
import { preparationHandlers } from './preparationHandlers';
import { sessionHandlers } from './sessionHandlers';
import { trackHandlers } from './trackHandlers';

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

  // Exam preparation (issue 4). Use cases that write several tables run in one transaction;
  // status moves and new credentials are announced to views of those areas too.
  const transaction = <T>(fn: () => T): T => ctx.db.transaction(fn)();
  const announce = (areas: string[]) => ctx.events.emit('data:changed', { areas });
  const examRepo = new ExamRepository(ctx.db);
  const preparationRepo = new PreparationRepository(ctx.db);
  const sessionRepo = new StudySessionRepository(ctx.db);
  const practiceRepo = new PracticeRepository(ctx.db);
  const schedule = new ExamScheduleService(examRepo, tracks, now, announce);
  const preparation = new PreparationService({
    preparations: preparationRepo,
    sessions: sessionRepo,
    practice: practiceRepo,
    schedule,
    tracks,
    transaction,
    now,
  });
  const studySessions = new StudySessionService(sessionRepo, preparationRepo, preparation, tracks, transaction, now);
  const practice = new PracticeService(practiceRepo, preparation, tracks, transaction, now);
  // Wired to the application slice (issue 3) at integration.
  const applicationWindow = (_trackId: string): ApplicationWindow | null => null;
  const exam = new ExamService({
    exams: examRepo,
    schedule,
    preparation,
    credentials,
    tracks,
    applicationWindow,
    transaction,
    now,
    announce,
  });
  // Every slice's dated facts (exam day, planned study days, …); the reminders slice and the
  // calendar export collect them from here at integration.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- read by the reminders slice once it lands
  const knownDateSources: KnownDateSource[] = [preparation];

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
    ...preparationHandlers(preparation, practice),
    ...sessionHandlers(studySessions),
    ...practiceHandlers(practice),
    ...examHandlers(exam),
  };
}
