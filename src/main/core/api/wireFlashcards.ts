import type { FlashcardSettings, FlashcardSettingsPatch } from '../../../shared/schemas/flashcards/settings';
import type { ReviewPlan } from '../../../shared/schemas/flashcards/plan';
import type { ExamSchedule } from '../../../shared/schemas/preparation';
import type { CoreContext } from '../context';
import { CardRepository } from '../db/repositories/flashcards/cardRepository';
import { DayPlanRepository } from '../db/repositories/flashcards/dayRepository';
import { DeckRepository } from '../db/repositories/flashcards/deckRepository';
import { ImportStagingRepository } from '../db/repositories/flashcards/importStagingRepository';
import { MediaRepository } from '../db/repositories/flashcards/mediaRepository';
import { NoteRepository } from '../db/repositories/flashcards/noteRepository';
import { ReviewLogRepository } from '../db/repositories/flashcards/reviewLogRepository';
import { FlashcardSettingsRepository, SchedulerParamsRepository } from '../db/repositories/flashcards/settingsRepository';
import { conflict } from '../errors';
import { CardService } from '../services/flashcards/cardService';
import { DeckService } from '../services/flashcards/deckService';
import { DeckExportService } from '../services/flashcards/export/deckExport';
import { FlashcardSettingsService } from '../services/flashcards/flashcardSettingsService';
import { type ImportFileReader, defaultImportReader } from '../services/flashcards/import/importReader';
import { FlashcardImportService } from '../services/flashcards/import/importService';
import { FlashcardMediaStore } from '../services/flashcards/mediaStore';
import { ReviewMinutes, type ReviewMinutesSink } from '../services/flashcards/reviewMinutes';
import { ReviewPlanner } from '../services/flashcards/reviewPlanner';
import { buildReviewPlan } from '../services/flashcards/reviewPlanView';
import { ReviewService } from '../services/flashcards/reviewService';
import { FlashcardStatsService } from '../services/flashcards/statsService';
import type { TrackService } from '../services/trackService';

/** Areas whose changes can move a track's review day (budget, exam date, cards, settings)… */
const DAY_INPUT_AREAS = new Set(['prep', 'sessions', 'practice', 'exam', 'tracks', 'decks', 'cards', 'flashcards']);
/** …and those the study plan itself reads. */
const STUDY_PLAN_AREAS = new Set(['prep', 'sessions', 'practice', 'exam', 'tracks']);

/** What the flashcards slice needs from the preparation slice. */
export interface FlashcardSeams {
  tracks: TrackService;
  schedule: { get(trackId: string): ExamSchedule | null };
  planItems: (trackId: string) => readonly { date: string; minutes: number }[];
  refreshPlan: (trackId: string) => void;
  /** The study-session service: review minutes become `review` sessions. */
  sessions: ReviewMinutesSink;
}

/**
 * Builds the flashcards slice (issue 13): repositories, services, the review planner and its
 * cache (dropped whenever an area it reads changes), the follow-up task that turns review minutes
 * into study sessions, and the clean-up of an import the app stopped in the middle of.
 */
export function wireFlashcards(
  ctx: Pick<CoreContext, 'db' | 'clock' | 'events' | 'dataDir' | 'background' | 'uploads'>,
  seams: FlashcardSeams,
  options: { importReader?: ImportFileReader; log?: (message: string, error?: unknown) => void } = {},
) {
  const now = () => ctx.clock.now();
  const transaction = <T>(fn: () => T): T => ctx.db.transaction(fn)();
  const { tracks } = seams;
  const deckRepo = new DeckRepository(ctx.db);
  const noteRepo = new NoteRepository(ctx.db);
  const cardRepo = new CardRepository(ctx.db);
  const logRepo = new ReviewLogRepository(ctx.db);
  const dayRepo = new DayPlanRepository(ctx.db);
  const paramsRepo = new SchedulerParamsRepository(ctx.db);
  const stagingRepo = new ImportStagingRepository(ctx.db);
  const media = new FlashcardMediaStore(new MediaRepository(ctx.db), ctx.dataDir, now);
  const settings = new FlashcardSettingsService(new FlashcardSettingsRepository(ctx.db), tracks, now);
  const decks = new DeckService(deckRepo, cardRepo, tracks, transaction, now);
  const cards = new CardService(noteRepo, cardRepo, decks, media, tracks, transaction, now);
  const planner = new ReviewPlanner({ tracks, settings, cards: cardRepo, log: logRepo, days: dayRepo, schedule: seams.schedule, planItems: seams.planItems, refreshPlan: seams.refreshPlan, now });
  const minutes = new ReviewMinutes(logRepo, seams.sessions, (areas) => ctx.events.emit('data:changed', { areas }));
  const review = new ReviewService({ cards: cardRepo, notes: noteRepo, decks: deckRepo, log: logRepo, params: paramsRepo, planner, tracks, transaction, now, reviewed: (trackId, day) => minutes.mark(trackId, day) });
  const stats = new FlashcardStatsService(logRepo, dayRepo, planner, tracks);
  const imports = new FlashcardImportService(
    ctx.uploads,
    tracks,
    decks,
    settings,
    { decks: deckRepo, notes: noteRepo, cards: cardRepo, log: logRepo, params: paramsRepo, staging: stagingRepo, media, transaction, now },
    options.importReader ?? defaultImportReader(options.log),
    (work) => ctx.background.hold(work),
  );
  const exports = new DeckExportService(decks, noteRepo, cardRepo, logRepo, media, tracks, now);

  // An import the app stopped in the middle of: finished if it had committed, else removed.
  stagingRepo.settleLeftBehind(now().toISOString());
  ctx.events.on('data:changed', ({ areas }) => {
    if (areas.some((a) => DAY_INPUT_AREAS.has(a))) planner.invalidate({ planInputs: areas.some((a) => STUDY_PLAN_AREAS.has(a)) });
  });
  ctx.background.register('review minutes become study sessions', () => minutes.flush());

  const api = {
    decks,
    cards,
    review,
    settings,
    stats,
    imports,
    exports,
    plan: (trackId: string): ReviewPlan => {
      const ctxDay = planner.context(trackId);
      return buildReviewPlan(ctxDay, review.today(trackId), cardRepo.totals(trackId));
    },
    updateSettings: (trackId: string, patch: FlashcardSettingsPatch): FlashcardSettings => settings.update(trackId, patch),
    afterExam: (trackId: string, choice: 'maintenance' | 'archive'): FlashcardSettings => {
      // Decided without computing the day (which stores its plan): a refusal changes nothing.
      const over = planner.examOver(trackId);
      if (!over) throw conflict('The exam date has not passed yet; this choice comes after the exam');
      return transaction(() => {
        if (choice === 'archive') decks.archiveAll(trackId);
        return settings.chooseAfterExam(trackId, choice, over.examDate);
      });
    },
  };
  return { api, services: { planner, review, minutes, imports } };
}

export type FlashcardApi = ReturnType<typeof wireFlashcards>['api'];
