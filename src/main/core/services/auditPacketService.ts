import { strToU8, zipSync } from 'fflate';
import type { ExportedFile } from '../../../shared/contract/renewal';
import type { ActivityView } from '../../../shared/schemas/renewal';
import { AppFailure } from '../errors';
import { evidenceEntryName, slugify } from './auditPacketNames';
import { renderAuditSummary } from './auditSummary';
import { renderCsv } from './csvExport';
import type { EvidenceService } from './evidenceService';
import type { RenewalService } from './renewalService';

/** An evidence file as listed in the packet: its name inside the zip, or why it is missing. */
export interface PacketFile {
  activityNumber: number;
  originalName: string;
  entryName: string | null;
  problem: string | null;
}

/**
 * One zip per credential cycle for an audit: `summary.html` (self-contained, for reading and
 * printing), `summary.csv` (for spreadsheets) and `evidence/` with every file renamed after the
 * activity it proves, numbered as in the summary. Files missing from the store, and activities
 * with no evidence at all, are listed in the summary rather than silently left out.
 */
export class AuditPacketService {
  constructor(
    private readonly renewal: RenewalService,
    private readonly evidence: EvidenceService,
    private readonly now: () => Date,
  ) {}

  export(credentialId: string, cycleIndex: number): ExportedFile {
    const view = this.renewal.view(credentialId, cycleIndex);
    const cycle = view.cycles[cycleIndex];
    if (!cycle) throw new AppFailure('invalid_input', 'cycleIndex: No such cycle', [{ path: 'cycleIndex', message: 'No such cycle' }]);
    const zipEntries: Record<string, Uint8Array> = {};
    const files: PacketFile[] = [];
    const taken = new Set<string>();
    for (const activity of view.activities) {
      for (const attached of activity.evidence) {
        try {
          const { bytes } = this.evidence.readBytes(attached.id);
          const entryName = evidenceEntryName(activity, attached.fileName, taken);
          zipEntries[entryName] = new Uint8Array(bytes);
          files.push({ activityNumber: activity.number, originalName: attached.fileName, entryName, problem: null });
        } catch {
          files.push({ activityNumber: activity.number, originalName: attached.fileName, entryName: null, problem: 'The stored copy is missing from the evidence folder' });
        }
      }
    }
    const generatedAt = this.now();
    zipEntries['summary.html'] = strToU8(renderAuditSummary({ view, cycle, files, generatedAt }));
    zipEntries['summary.csv'] = strToU8(summaryCsv(view.activities, files));
    const zip = zipSync(zipEntries, { level: 6, mtime: generatedAt });
    return {
      fileName: `certplan-audit-${slugify(view.credential.acronym) || 'credential'}-${cycle.start}-to-${cycle.end}.zip`,
      mediaType: 'application/zip',
      contentBase64: Buffer.from(zip).toString('base64'),
    };
  }
}

function summaryCsv(activities: ActivityView[], files: PacketFile[]): string {
  const rows = activities.map((a) => {
    const own = files.filter((f) => f.activityNumber === a.number);
    return {
      Number: a.number,
      Date: a.date,
      Title: a.title,
      Provider: a.provider,
      Category: a.categoryName,
      Units: a.units,
      Counted: a.counted,
      'Not counted': a.notCounted,
      'Why not counted': a.notCountedReason ?? '',
      'Counts toward': a.credentials.map((c) => c.acronym).join('; '),
      'Evidence files': own.map((f) => f.entryName ?? `MISSING: ${f.originalName}`).join('; ') || 'MISSING: no evidence attached',
      Notes: a.notes,
    };
  });
  const fields = ['Number', 'Date', 'Title', 'Provider', 'Category', 'Units', 'Counted', 'Not counted', 'Why not counted', 'Counts toward', 'Evidence files', 'Notes'] as const;
  // Every text column is neutralised, not only the free-text ones: a category name or a file name
  // from a custom entry is typed by a person too.
  return renderCsv(fields, rows);
}
