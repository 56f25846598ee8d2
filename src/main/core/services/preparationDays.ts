import type { IsoDate } from '../../../shared/schemas/dates';
import type { PublicHolidaysView } from '../../../shared/schemas/preparation';
import type { PlanMovesRepository } from '../db/repositories/planMovesRepository';
import { plusDays } from '../domain/calendarDays';
import type { DayAdjustments, PlanMove } from '../domain/studyPlan/dayAdjustments';
import { capacityOf } from '../domain/studyPlan/capacity';
import type { PlanSettings, StoredPlanItem } from '../domain/studyPlan/types';
import { formatDayForPeople } from '../peopleDates';
import { AppFailure, invalidField } from '../errors';
import { countryName, publicHolidaysBetween } from './publicHolidays';

export interface PreparationDaysDeps {
  moves: PlanMovesRepository;
  /** The person's holiday country from the settings (null: skip none). */
  holidayCountry: () => string | null;
}

/**
 * The single-day side of a plan: which public holidays it skips (the person's country, from
 * date-holidays) and which planned sessions the person moved to another day.
 */
export class PreparationDays {
  constructor(private readonly deps: PreparationDaysDeps) {}

  /** Holidays from preparation start to the exam, and the moves, as the planner takes them. */
  adjustments(trackId: string, startedOn: IsoDate, examDate: IsoDate): DayAdjustments {
    const country = this.deps.holidayCountry();
    const holidays = country && startedOn < examDate ? publicHolidaysBetween(country, startedOn, plusDays(examDate, -1)).days : [];
    return { holidays, moves: this.deps.moves.get(trackId) };
  }

  moves(trackId: string): PlanMove[] {
    return this.deps.moves.get(trackId);
  }

  /** What the screen says about holidays between today and the exam. */
  holidaysView(today: IsoDate, examDate: IsoDate | null): PublicHolidaysView {
    const country = this.deps.holidayCountry();
    if (!country) return { country: null, countryName: null, known: true, message: null, days: [] };
    const name = countryName(country);
    if (!name) {
      return {
        country,
        countryName: null,
        known: false,
        message: `Certplan has no list of public holidays for “${country}”, so no holidays are skipped. Choose another country in Settings, or add the days you cannot study as blackout days.`,
        days: [],
      };
    }
    const days = examDate && today < examDate ? publicHolidaysBetween(country, today, plusDays(examDate, -1)).days : [];
    return { country, countryName: name, known: true, message: null, days };
  }

  /**
   * Moves one planned session (from today on) to another day before the exam. Moving it back to
   * where it first was drops the move; moving a moved session again updates the one move.
   */
  move(trackId: string, item: StoredPlanItem, toDate: IsoDate, settings: PlanSettings, today: IsoDate): void {
    if (item.date < today) throw invalidField('itemId', 'Only sessions from today on can be moved');
    if (item.kind === 'mock-exam') throw invalidField('itemId', 'The mock exam stays where the plan puts it; move the exam date instead');
    if (toDate === item.date) throw invalidField('toDate', 'Pick a different day');
    if (toDate < today) throw invalidField('toDate', 'Pick today or a later day');
    if (toDate >= settings.examDate) throw invalidField('toDate', `Pick a day before the exam (${formatDayForPeople(settings.examDate)})`);
    const target = capacityOf(settings, toDate);
    if (target.breakLabel !== null) {
      throw new AppFailure('rule_violation', `${formatDayForPeople(toDate)} is ${target.breakLabel}: nothing is planned then. Pick another day, or remove that break first.`, [
        { path: 'toDate', message: `${target.breakLabel}: no study planned` },
      ]);
    }
    const moves = this.deps.moves.get(trackId);
    // A session that is here because of an earlier move keeps that move's origin.
    const earlier = moves.findIndex((m) => m.toDate === item.date && m.domainId === item.domainId && m.minutes === item.minutes);
    const origin = earlier >= 0 ? (moves[earlier]?.fromDate ?? item.date) : item.date;
    const rest = moves.filter((_, i) => i !== earlier).filter((m) => m.toDate >= today || m.fromDate >= today);
    const next = origin === toDate ? rest : [...rest, { fromDate: origin, toDate, minutes: item.minutes, domainId: item.domainId }];
    this.deps.moves.set(trackId, next);
  }
}
