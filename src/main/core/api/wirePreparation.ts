import { PlanInputRepository } from '../db/repositories/planInputRepository';
import type { TableVersions } from '../db/tableVersions';
import type { CoreContext } from '../context';
import { ExamRepository } from '../db/repositories/examRepository';
import { PracticeRepository } from '../db/repositories/practiceRepository';
import { PlanMovesRepository } from '../db/repositories/planMovesRepository';
import { PreparationRepository } from '../db/repositories/preparationRepository';
import { StudySessionRepository } from '../db/repositories/studySessionRepository';
import type { CredentialService } from '../services/credentialService';
import { type EligibilityWindow, ExamService } from '../services/examService';
import { ExamScheduleService } from '../services/examScheduleService';
import { PracticeService } from '../services/practiceService';
import { PreparationDays } from '../services/preparationDays';
import { PreparationService } from '../services/preparationService';
import { StudySessionService } from '../services/studySessionService';
import type { TrackService } from '../services/trackService';
import { examHandlers } from './examHandlers';
import { practiceHandlers } from './practiceHandlers';
import { preparationHandlers } from './preparationHandlers';
import { sessionHandlers } from './sessionHandlers';

/** What the exam-preparation slice needs from other slices (the application's eligibility window). */
export interface PreparationSeams {
  /** The application slice's eligibility period for a track (approval, end, attempts allowed). */
  applicationWindow: (trackId: string) => EligibilityWindow | null;
}

/**
 * Builds the exam-preparation slice (issue 4): repositories, services and handlers. Use cases
 * that write several tables run in one transaction; status moves and new credentials are
 * announced to the views of those areas too.
 */
export function wirePreparation(
  ctx: Pick<CoreContext, 'db' | 'clock' | 'events'>,
  shared: { tracks: TrackService; credentials: CredentialService; holidayCountry?: () => string | null; versions?: TableVersions },
  seams: PreparationSeams,
) {
  const now = () => ctx.clock.now();
  const transaction = <T>(fn: () => T): T => ctx.db.transaction(fn)();
  const announce = (areas: string[]) => ctx.events.emit('data:changed', { areas });
  const { tracks, credentials } = shared;
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
    days: new PreparationDays({ moves: new PlanMovesRepository(ctx.db), holidayCountry: shared.holidayCountry ?? (() => null) }),
    ...(shared.versions ? { versions: shared.versions } : {}),
    planInputs: new PlanInputRepository(ctx.db),
  });
  const sessions = new StudySessionService(sessionRepo, preparationRepo, preparation, tracks, transaction, now);
  const practice = new PracticeService(practiceRepo, preparation, tracks, transaction, now, shared.versions);
  const exam = new ExamService({
    exams: examRepo,
    schedule,
    preparation,
    credentials,
    tracks,
    applicationWindow: seams.applicationWindow,
    transaction,
    now,
    announce,
  });
  return {
    services: { preparation, sessions, practice, exam, schedule },
    /** The stored plan's items, for the flashcards' daily review budget (issue 13). */
    planItems: (trackId: string) => preparationRepo.items(trackId),
    /** Open tracks with a preparation, for the dashboard's study-hours chart. */
    preparedTrackIds: () => preparationRepo.activeTrackIds(),
    /** The planned study days and exam dates, for the reminders slice and the calendar export. */
    knownDateSources: [preparation],
    handlers: {
      ...preparationHandlers(preparation, practice),
      ...sessionHandlers(sessions),
      ...practiceHandlers(practice),
      ...examHandlers(exam),
    },
  };
}
