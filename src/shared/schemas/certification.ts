import { z } from 'zod';
import { IsoInstantSchema } from './dates';
import { checkExam, checkMaintenance, checkPaths, reportDuplicateIds } from './rules/checkRules';
import { ApplicationRulesSchema, ExamSchema, type Exam } from './rules/exam';
import { SlugSchema, TextSchema } from './rules/fields';
import { MaintenanceSchema, type Maintenance } from './rules/maintenance';
import { PrerequisitePathSchema, type PrerequisitePath } from './rules/prerequisites';
import { FactsSchema, SourceSchema, type FactInfo, type Source } from './rules/provenance';

/**
 * A certification as the catalog knows it: who awards it, what it takes to sit the exam
 * (prerequisite paths), the exam with its dated outlines and how the credential is kept alive.
 * Rules are plain values so the engines (eligibility, planning, CE) read them directly; where a
 * value is `null` the research did not find it and the app shows "Unknown" instead of inventing
 * one. How sure the catalog is of each fact lives beside the rules in `facts`, keyed by fact.
 *
 * Every object is strict: a field this version does not know is an error, never silently dropped.
 * Rows written by older versions are upgraded before parsing (rules/legacyRules.ts).
 */

export * from './rules/fields';
export * from './rules/prerequisites';
export * from './rules/exam';
export * from './rules/maintenance';
export * from './rules/provenance';

export const CERT_LEVELS = [
  'foundation',
  'associate',
  'intermediate',
  'practitioner',
  'professional',
  'specialist',
  'advanced',
  'expert',
] as const;
export const CertLevelSchema = z.enum(CERT_LEVELS);
export type CertLevel = z.infer<typeof CertLevelSchema>;

// ---------------------------------------------------------------------------------------------
// The certification

const certificationFields = {
  name: TextSchema('Name', 160),
  acronym: TextSchema('Acronym', 40),
  body: TextSchema('Certifying body', 80),
  level: CertLevelSchema,
  url: z.url({ protocol: /^https?$/, error: 'Use an http(s) address' }).nullable(),
  summary: z.string().trim().max(1200, 'At most 1200 characters'),
  /** Kinds a credential requirement can name ("a third-party agile certification"): `agile`. */
  tags: z.array(SlugSchema).default([]),
  paths: z.array(PrerequisitePathSchema),
  exam: ExamSchema,
  application: ApplicationRulesSchema.nullable(),
  maintenance: MaintenanceSchema,
  sources: z.array(SourceSchema),
};

/** Cross-field rules shared by built-in entries and custom ones. */
function checkCertificationRules(
  cert: { paths: PrerequisitePath[]; exam: Exam; maintenance: Maintenance; sources: Source[] },
  ctx: z.RefinementCtx,
): void {
  checkPaths(cert.paths, ctx);
  checkExam(cert.exam, ['exam'], ctx);
  checkMaintenance(cert.maintenance, ['maintenance'], ctx);
  reportDuplicateIds(cert.sources, ['sources'], 'source', ctx);
}

/** Every fact cites sources the entry lists. */
function checkFactSources(cert: { sources: Source[]; facts: Record<string, FactInfo> }, ctx: z.RefinementCtx): void {
  const ids = new Set(cert.sources.map((s) => s.id));
  for (const [key, info] of Object.entries(cert.facts)) {
    for (const id of info.sourceIds) {
      if (!ids.has(id)) ctx.addIssue({ code: 'custom', path: ['facts', key, 'sourceIds'], message: `No source with the id "${id}"` });
    }
  }
}

/** What a person types to create or edit a custom certification. */
export const CertificationDraftSchema = z
  .strictObject({
    ...certificationFields,
    /** The built-in entry this one was copied from, if any. */
    copiedFrom: SlugSchema.nullable().default(null),
  })
  .superRefine(checkCertificationRules);
export type CertificationDraft = z.infer<typeof CertificationDraftSchema>;
export type CertificationDraftInput = z.input<typeof CertificationDraftSchema>;

export const CertificationSchema = z
  .strictObject({
    id: SlugSchema,
    origin: z.enum(['builtin', 'custom']),
    /** Bumped whenever the entry's rules change; tracks remember the revision they started with. */
    revision: z.number().int().min(1),
    ...certificationFields,
    copiedFrom: SlugSchema.nullable(),
    facts: FactsSchema,
    updatedAt: IsoInstantSchema,
  })
  .superRefine((cert, ctx) => {
    checkCertificationRules(cert, ctx);
    checkFactSources(cert, ctx);
  });
export type Certification = z.infer<typeof CertificationSchema>;

/** Certifications shown side by side as a progression (CAPM → PMP → PgMP → PfMP). */
export const LadderSchema = z.strictObject({
  id: SlugSchema,
  name: TextSchema('Ladder name', 120),
  steps: z.array(SlugSchema).min(2),
});
export type Ladder = z.infer<typeof LadderSchema>;
