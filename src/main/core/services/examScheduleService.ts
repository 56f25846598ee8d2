import type { ExamSchedule } from '../../../shared/schemas/preparation';
import type { Track, TrackStatus } from '../../../shared/schemas/track';
import { localDateOf } from '../clock';
import type { ExamRepository } from '../db/repositories/examRepository';
import { plusDays, formatDayForPeople } from '../domain/calendarDays';
import { invalidField } from '../errors';
import type { TrackService } from './trackService';

/** Booking moves a track to scheduled from any earlier stage, and from failed (a retake). */
const SCHEDULE_FROM: readonly TrackStatus[] = ['exploring', 'qualifying', 'eligible', 'applied', 'approved', 'failed'];
const MAX_YEARS_AHEAD = 5;

/**
 * The exam date of a track, shared by preparation (plans toward it) and the exam tab (books it).
 * Storing it as booked moves the track to `scheduled`.
 */
export class ExamScheduleService {
  constructor(
    private readonly exams: ExamRepository,
    private readonly tracks: TrackService,
    private readonly now: () => Date,
    private readonly announce: (areas: string[]) => void,
  ) {}

  get(trackId: string): ExamSchedule | null {
    return this.exams.schedule(trackId) ?? null;
  }

  activeSchedules(): { trackId: string; examDate: string; booked: boolean }[] {
    return this.exams.activeSchedules();
  }

  set(track: Track, input: { examDate: string; booked: boolean; reference: string }, path = 'examDate'): ExamSchedule {
    const today = localDateOf(this.now());
    const current = this.get(track.id);
    // A date that has passed may stay (the exam happened); it may not be chosen anew.
    if (input.examDate < today && input.examDate !== current?.examDate) {
      throw invalidField(path, `Pick today or a later date: ${formatDayForPeople(input.examDate)} has passed`);
    }
    if (input.examDate > plusDays(today, MAX_YEARS_AHEAD * 365)) {
      throw invalidField(path, `Pick a date within the next ${MAX_YEARS_AHEAD} years`);
    }
    const schedule: ExamSchedule = { ...input, updatedAt: this.now().toISOString() };
    this.exams.setSchedule(track.id, schedule);
    if (input.booked) {
      const moved = this.tracks.moveStatus(track.id, 'scheduled', `Exam booked for ${formatDayForPeople(input.examDate)}`, SCHEDULE_FROM);
      if (moved) this.announce(['tracks']);
    }
    return schedule;
  }
}
