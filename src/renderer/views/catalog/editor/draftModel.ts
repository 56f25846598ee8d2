import {
  type Certification,
  type CertificationDraft,
  CertificationDraftSchema,
  type Requirement,
} from '../../../../shared/schemas/certification';
import { describeRequirement } from '../../../../shared/rulesWording';
import { emptyOutline } from '../rules/ruleEditing';

export { nextId } from '../rules/ruleEditing';

export type Draft = CertificationDraft;
export type FieldErrors = Record<string, string>;

export function emptyDraft(): Draft {
  return {
    body: '',
    name: '',
    acronym: '',
    level: 'professional',
    url: null,
    summary: '',
    paths: [{ id: 'path-1', name: 'Standard path', requirements: [] }],
    tags: [],
    exam: {
      outlines: [emptyOutline('outline-1')],
      delivery: null,
      passing: null,
      passMarkPercent: null,
      performanceBands: [],
      fees: null,
      retakeFees: null,
      retakes: null,
    },
    application: null,
    maintenance: {
      kind: 'continuing-education',
      cycleYears: 3,
      unitName: 'units',
      totalUnits: null,
      unitStep: null,
      activityUnits: null,
      perYear: null,
      maxUnitsPerDay: null,
      groups: [],
      suspensionMonths: null,
      carryOver: { rule: 'none' },
      suite: null,
      recordKeepingMonths: null,
      renewalFees: null,
      otherRoutes: null,
      notes: null,
    },
    sources: [],
    copiedFrom: null,
  };
}

/** A copy of a built-in (or custom) entry as the starting point of a new custom one. */
export function draftFrom(cert: Certification, asCopy: boolean): Draft {
  return {
    body: cert.body,
    name: asCopy ? `${cert.name} (my version)` : cert.name,
    acronym: cert.acronym,
    level: cert.level,
    url: cert.url,
    summary: cert.summary,
    tags: [...cert.tags],
    paths: structuredClone(cert.paths),
    exam: structuredClone(cert.exam),
    application: cert.application ? { ...cert.application } : null,
    maintenance: structuredClone(cert.maintenance),
    sources: structuredClone(cert.sources),
    copiedFrom: asCopy ? (cert.origin === 'builtin' ? cert.id : cert.copiedFrom) : cert.copiedFrom,
  };
}

/**
 * Computed requirements get their label from their numbers, so what the detail view shows always
 * matches what the engines read; only free-form checks keep the person's own words.
 */
export function withGeneratedLabels(draft: Draft, nameOf: (id: string) => string): Draft {
  return {
    ...draft,
    paths: draft.paths.map((path) => ({
      ...path,
      requirements: path.requirements.map((req): Requirement => {
        if (req.kind === 'check') return req;
        const label = safeDescribe(req, nameOf);
        return { ...req, label };
      }),
    })),
  };
}

function safeDescribe(req: Requirement, nameOf: (id: string) => string): string {
  try {
    const text = describeRequirement(req, nameOf);
    return text.length > 200 ? `${text.slice(0, 197)}…` : text;
  } catch {
    return req.kind;
  }
}

export type Validation = { ok: true; draft: Draft } | { ok: false; errors: FieldErrors; messages: string[] };

/** The same schema the core checks, so the form shows exactly the errors the core would return. */
export function validateDraft(draft: Draft, nameOf: (id: string) => string): Validation {
  const parsed = CertificationDraftSchema.safeParse(withGeneratedLabels(draft, nameOf));
  if (parsed.success) return { ok: true, draft: parsed.data };
  const errors: FieldErrors = {};
  const messages: string[] = [];
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String).join('.');
    if (!(path in errors)) {
      errors[path] = issue.message;
      messages.push(issue.message);
    }
  }
  return { ok: false, errors, messages };
}
