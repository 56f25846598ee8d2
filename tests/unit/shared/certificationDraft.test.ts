import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOG } from '../../../src/main/core/catalog';
import { CertificationDraftSchema, type CertificationDraftInput } from '../../../src/shared/schemas/certification';

const pmp = BUILTIN_CATALOG.find((c) => c.id === 'pmi-pmp');
if (!pmp) throw new Error('PMP missing from the catalog');
const { id: _id, revision: _revision, facts: _facts, ...base } = pmp;
const valid: CertificationDraftInput = { ...base, copiedFrom: null };

function issuesOf(draft: unknown): Record<string, string> {
  const result = CertificationDraftSchema.safeParse(draft);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('custom certification validation', () => {
  it('accepts a complete draft', () => {
    expect(issuesOf(valid)).toEqual({});
  });

  it.each([
    ['an empty name', { ...valid, name: '  ' }, 'name', 'Name is required'],
    ['an empty acronym', { ...valid, acronym: '' }, 'acronym', 'Acronym is required'],
    [
      'weights not summing to 100',
      { ...valid, exam: { ...valid.exam, domains: [{ id: 'a', name: 'A', weight: 60 }, { id: 'b', name: 'B', weight: 30 }] } },
      'exam.domains',
      'Domain weights must add up to 100 (now 90)',
    ],
    [
      'a weight above 100',
      { ...valid, exam: { ...valid.exam, domains: [{ id: 'a', name: 'A', weight: 140 }] } },
      'exam.domains.0.weight',
      'Weight cannot exceed 100',
    ],
    [
      'negative training hours',
      { ...valid, paths: [{ id: 'p', name: 'P', requirements: [{ kind: 'training', id: 't', hours: -5, topic: 'PM education', label: 'Training' }] }] },
      'paths.0.requirements.0.hours',
      'Hours cannot be negative',
    ],
    ['a cycle of 0 years', { ...valid, maintenance: { ...valid.maintenance, cycleYears: 0 } }, 'maintenance.cycleYears', 'Cycle length must be at least 1'],
    ['a non-number', { ...valid, exam: { ...valid.exam, questions: Number.NaN } }, 'exam.questions', 'Questions must be a number'],
    ['a non-http address', { ...valid, url: 'javascript:alert(1)' }, 'url', 'Use an http(s) address'],
  ])('rejects %s with a message on the field', (_label, draft, path, message) => {
    expect(issuesOf(draft)[path]).toBe(message);
  });

  it('rejects a minimum above the maximum', () => {
    const groups = [{ id: 'g', name: 'G', min: 10, max: 5, categories: [{ id: 'c', name: 'C', min: null, max: null, maxPerYear: null, sharing: 'none' as const }] }];
    expect(issuesOf({ ...valid, maintenance: { ...valid.maintenance, groups } })['maintenance.groups.0.max']).toBe('Maximum cannot be below the minimum');
  });

  it('rejects duplicate ids that would confuse progress tracking', () => {
    const domains = [{ id: 'a', name: 'A', weight: 50 }, { id: 'a', name: 'B', weight: 50 }];
    expect(issuesOf({ ...valid, exam: { ...valid.exam, domains } })['exam.domains']).toMatch(/share the id "a"/);
  });

  it('allows unknown weights (an empty domain list)', () => {
    expect(issuesOf({ ...valid, exam: { ...valid.exam, domains: [] } })).toEqual({});
  });

  it('requires a cycle length for continuing education', () => {
    expect(issuesOf({ ...valid, maintenance: { ...valid.maintenance, cycleYears: null } })['maintenance.cycleYears']).toMatch(/needs a cycle length/);
  });
});
