import type { ExamDomain } from '../../../../shared/schemas/certification';
import type { IsoDate } from '../../../../shared/schemas/dates';
import type { PlanItemKind } from '../../../../shared/schemas/preparation';
import type { PlanHoliday, PlanMove } from './dayAdjustments';

/** What the planner reads from the exam outline in force on the exam date. */
export interface PlanRules {
  domains: readonly ExamDomain[];
  durationMinutes: number | null;
  /** Which outline, so a re-plan can say when the exam moved under another one. */
  outline?: { id: string; name: string } | null;
}

export interface PlanBreak {
  startDate: IsoDate;
  endDate: IsoDate;
  label: string;
}

/** The person's preparation settings, as the planner needs them. */
export interface PlanSettings {
  /** The first day of preparation; anchors the review window so it does not shrink over time. */
  startedOn: IsoDate;
  examDate: IsoDate;
  goalMinutes: number;
  /** Minutes per weekday, Monday first. */
  availability: readonly number[];
  sessionMinutes: number;
  /** Days kept for review and mock exams; null lets the planner choose. */
  reviewDays: number | null;
  breaks: readonly PlanBreak[];
  /** Public holidays of the person's country between preparation start and the exam: no study. */
  holidays?: readonly PlanHoliday[];
  /** Planned sessions the person moved to another day. */
  moves?: readonly PlanMove[];
  selfRatings: readonly { domainId: string; rating: number }[];
}

export interface DoneSession {
  date: IsoDate;
  minutes: number;
  domainId: string | null;
  planItemId: string | null;
}

export interface PracticeEvidence {
  id: string;
  date: IsoDate;
  source: string;
  totalPercent: number;
  domainScores: readonly { domainId: string; percent: number }[];
  /** Orders results taken on the same day (the later record wins). */
  createdAt: string;
}

export interface PlanInput {
  rules: PlanRules;
  settings: PlanSettings;
  sessions: readonly DoneSession[];
  practice: readonly PracticeEvidence[];
  today: IsoDate;
}

export interface PlannedItem {
  date: IsoDate;
  /** 1-based order within the day. */
  seq: number;
  kind: PlanItemKind;
  /** null for a full mock exam. */
  domainId: string | null;
  minutes: number;
  reason: string;
}

/** A plan item as stored, with its id (`<trackId>:<date>:<seq>`). */
export interface StoredPlanItem extends PlannedItem {
  id: string;
}
