import type { ExportedFile } from '../../../shared/schemas/application';
import { localDateOf } from '../clock';
import type { HostServices } from '../context';
import { ruleViolation } from '../errors';
import type { CredentialService } from './credentialService';
import type { EligibilityService } from './eligibilityService';
import type { ExperienceService } from './experienceService';
import { buildPackContent } from './applicationPack/packContent';
import { renderPackCsv } from './applicationPack/packCsv';
import { renderPackHtml } from './applicationPack/packHtml';
import { requireTrack } from './trackLookup';
import type { TrackService } from './trackService';
import type { TrainingService } from './trainingService';

/** The application pack for a track as a file the renderer saves: HTML, CSV, or PDF on the desktop. */
export class ApplicationPackService {
  constructor(
    private readonly deps: {
      tracks: TrackService;
      eligibility: EligibilityService;
      experience: ExperienceService;
      training: TrainingService;
      credentials: CredentialService;
      hostServices: HostServices;
      now: () => Date;
    },
  ) {}

  async export(trackId: string, format: 'html' | 'csv' | 'pdf'): Promise<ExportedFile> {
    const { deps } = this;
    const track = requireTrack(deps.tracks, trackId);
    // Checked before any work: the browser cannot print to PDF for us, but it can print the HTML.
    const printToPdf = deps.hostServices.printToPdf;
    if (format === 'pdf' && !printToPdf) {
      throw ruleViolation('PDF export needs the desktop app. Save the HTML pack, open it in your browser and print it to PDF from there.', [
        { path: 'format', message: 'PDF is only available in the desktop app' },
      ]);
    }
    const today = localDateOf(deps.now());
    const content = buildPackContent({
      track,
      today,
      evaluation: deps.eligibility.evaluate(track),
      experience: deps.experience.listStored(),
      training: deps.training.listStored(),
      credentials: deps.credentials.list(),
    });
    const baseName = `${slug(track.acronym)}-application-pack-${today}`;
    if (format === 'csv') {
      // A byte-order mark lets spreadsheet apps read the UTF-8 (’, é) correctly.
      return { fileName: `${baseName}.csv`, mediaType: 'text/csv', contentBase64: Buffer.from(renderPackCsv(content), 'utf8').toString('base64') };
    }
    const html = renderPackHtml(content);
    if (format === 'html' || !printToPdf) {
      return { fileName: `${baseName}.html`, mediaType: 'text/html', contentBase64: Buffer.from(html, 'utf8').toString('base64') };
    }
    const pdf = await printToPdf(html);
    return { fileName: `${baseName}.pdf`, mediaType: 'application/pdf', contentBase64: Buffer.from(pdf).toString('base64') };
  }
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'track';
}
