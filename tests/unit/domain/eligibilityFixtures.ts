import { BUILTIN_CATALOG } from '../../../src/main/core/catalog';
import type { EligibilityRecords, EvaluationContext, ExperienceRecord, TrainingRecord } from '../../../src/main/core/domain/eligibilityRecords';
import { monthIndexOf } from '../../../src/main/core/domain/months';
import { type PrerequisitePath, PrerequisitePathSchema } from '../../../src/shared/schemas/certification';

/** A built-in entry's paths as the engine reads them from a track snapshot (defaults applied). */
export function pathsOf(id: string): PrerequisitePath[] {
  const entry = BUILTIN_CATALOG.find((c) => c.id === id);
  if (!entry) throw new Error(`No built-in ${id}`);
  return PrerequisitePathSchema.array().parse(entry.paths);
}

const ACRONYMS = new Map(BUILTIN_CATALOG.map((c) => [c.id, c.acronym]));

let seq = 0;
export function exp(startMonth: string, endMonth: string | null, areas: string[], title = `Project ${++seq}`): ExperienceRecord {
  return { id: `exp-${++seq}`, startMonth, endMonth, areas, title, organisation: 'Acme' };
}

export function course(hours: number, topic: string, name = `Course ${++seq}`): TrainingRecord {
  return { id: `tr-${++seq}`, course: name, provider: 'Provider', hours, completedOn: '2025-05-01', topic };
}

export function context(records: Partial<EligibilityRecords>, currentMonth = '2026-11'): EvaluationContext {
  return {
    records: {
      educationLevel: null,
      gacAccredited: false,
      experience: [],
      training: [],
      heldCertificationIds: new Set(),
      checkedRequirementIds: new Set(),
      ...records,
    },
    currentMonth: monthIndexOf(currentMonth),
    nameOf: (id) => ACRONYMS.get(id) ?? id,
  };
}
