import type {
  CatalogList,
  CertificationDetail,
  CertificationSummary,
} from '../../../shared/contract/catalog';
import {
  CERT_LEVELS,
  type Certification,
  type CertificationDraft,
  type Ladder,
} from '../../../shared/schemas/certification';
import type { CertificationRepository } from '../db/repositories/certificationRepository';
import type { TrackRepository } from '../db/repositories/trackRepository';
import { describeRenewal } from '../../../shared/describeRenewal';
import { examOutlineInForce } from '../../../shared/examOutlines';
import { localDateOf } from '../clock';
import { factsAtAGlance } from './factsAtAGlance';
import { notFound, ruleViolation } from '../errors';
import { newId } from '../ids';

export interface CatalogFilter {
  query?: string | undefined;
  body?: string | undefined;
  level?: Certification['level'] | undefined;
  origin?: Certification['origin'] | undefined;
}

export class CatalogService {
  constructor(
    private readonly certifications: CertificationRepository,
    private readonly tracks: TrackRepository,
    private readonly ladders: readonly Ladder[],
    private readonly now: () => Date,
  ) {}

  list(filter: CatalogFilter): CatalogList {
    const all = this.certifications.listAll();
    const trackedIds = new Set(
      this.tracks.list(false).flatMap((t) => (t.certificationId ? [t.certificationId] : [])),
    );
    const items = all
      .filter((c) => matchesFilter(c, filter))
      .sort(compareForCatalog)
      .map((c) => summarize(c, trackedIds.has(c.id), localDateOf(this.now())));
    return {
      items,
      bodies: [...new Set(all.map((c) => c.body))].sort((a, b) => a.localeCompare(b)),
      levels: CERT_LEVELS.filter((level) => all.some((c) => c.level === level)),
      total: all.length,
    };
  }

  get(id: string): CertificationDetail {
    const certification = this.require(id);
    const byId = new Map(this.certifications.listAll().map((c) => [c.id, c]));
    const ladders = this.ladders
      .filter((ladder) => ladder.steps.includes(id))
      .map((ladder) => ({
        ...ladder,
        stepDetails: ladder.steps.map((stepId) => {
          const step = byId.get(stepId);
          return {
            id: stepId,
            acronym: step?.acronym ?? stepId,
            name: step?.name ?? stepId,
            inCatalog: step !== undefined,
          };
        }),
      }));
    return {
      certification,
      ladders,
      trackId: this.tracks.openTrackIdFor(id) ?? null,
      trackCount: this.tracks.countFor(id),
    };
  }

  find(id: string): Certification | undefined {
    return this.certifications.get(id);
  }

  require(id: string): Certification {
    const cert = this.certifications.get(id);
    if (!cert) throw notFound('certification', id);
    return cert;
  }

  createCustom(draft: CertificationDraft): Certification {
    if (draft.copiedFrom !== null) this.require(draft.copiedFrom);
    const cert: Certification = {
      ...draft,
      id: newId('custom'),
      origin: 'custom',
      revision: 1,
      facts: {},
      updatedAt: this.now().toISOString(),
    };
    this.certifications.insert(cert);
    return cert;
  }

  updateCustom(id: string, draft: CertificationDraft): Certification {
    const existing = this.require(id);
    if (existing.origin !== 'custom') {
      throw ruleViolation(
        `${existing.acronym} is a built-in entry and cannot be edited; copy it to make your own version`,
      );
    }
    const cert: Certification = {
      ...draft,
      id,
      origin: 'custom',
      copiedFrom: existing.copiedFrom,
      revision: existing.revision + 1,
      facts: {},
      updatedAt: this.now().toISOString(),
    };
    this.certifications.update(cert);
    return cert;
  }

  deleteCustom(id: string): { id: string; tracksKept: number } {
    const existing = this.require(id);
    if (existing.origin !== 'custom') {
      throw ruleViolation(`${existing.acronym} is a built-in entry and cannot be deleted`);
    }
    const tracksKept = this.tracks.countFor(id);
    this.certifications.delete(id);
    return { id, tracksKept };
  }
}

/** Case-, space- and dash-insensitive, so "pmi acp", "PMI-ACP" and "pmiacp" all find PMI-ACP. */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s\-_.]+/g, '');
}

function matchesFilter(cert: Certification, filter: CatalogFilter): boolean {
  if (filter.origin && cert.origin !== filter.origin) return false;
  if (filter.body && cert.body !== filter.body) return false;
  if (filter.level && cert.level !== filter.level) return false;
  const query = filter.query ? normalizeForSearch(filter.query) : '';
  if (!query) return true;
  return [cert.name, cert.acronym, cert.body, `${cert.body} ${cert.acronym}`].some((text) =>
    normalizeForSearch(text).includes(query),
  );
}

function compareForCatalog(a: Certification, b: Certification): number {
  if (a.origin !== b.origin) return a.origin === 'custom' ? 1 : -1;
  return (
    a.body.localeCompare(b.body) ||
    CERT_LEVELS.indexOf(a.level) - CERT_LEVELS.indexOf(b.level) ||
    a.name.localeCompare(b.name)
  );
}

function summarize(cert: Certification, tracked: boolean, today: string): CertificationSummary {
  return {
    id: cert.id,
    origin: cert.origin,
    body: cert.body,
    name: cert.name,
    acronym: cert.acronym,
    level: cert.level,
    summary: cert.summary,
    confidence: cert.origin === 'builtin' ? (cert.facts.overview?.confidence ?? null) : null,
    domainCount: examOutlineInForce(cert.exam.outlines, today)?.domains.length ?? 0,
    renewal: describeRenewal(cert.maintenance),
    tracked,
    ...factsAtAGlance(cert, today),
  };
}
