import type { BackgroundTasks } from './background';
import type { Clock } from './clock';
import type { Db } from './db/connection';
import type { CoreEvents } from './events';
import type { CeActivityService } from './services/ceActivityService';

/** Things only a host can do; the core asks for them and degrades with a clear message if absent. */
export interface HostServices {
  /** Electron's webContents.printToPDF on a hidden window; absent in the web host. */
  printToPdf?: (html: string) => Promise<Uint8Array>;
  /** Start (or stop starting) the app when the person logs in; only the desktop shell can. */
  setOpenAtLogin?: (enabled: boolean) => void;
  /** A save dialog: the path the person chose, or null when they cancelled. Desktop only. */
  chooseSaveLocation?: (options: { title: string; defaultFileName: string }) => Promise<string | null>;
}

/** Backups other slices ask for before a change (a catalog rules adoption). */
export interface AutomaticBackups {
  /** Resolves once a verified backup of the data as it is now exists; rejects (AppFailure) when it cannot be written. */
  takeAutomaticBackup(reason: 'before-rules-adoption', detail: string): Promise<unknown>;
}

/** Files the renderer sent in pieces with `uploads:begin` / `uploads:append`, for a slice that imports them whole. */
export interface UploadedFiles {
  /** The finished upload's file (read by the import worker, not loaded here); not_found or conflict naming `field` when it is unknown or incomplete. */
  finishedUpload(uploadId: string, field: string): { fileName: string; file: string; sizeBytes: number };
  discardUpload(uploadId: string): void;
}

/** What every service may depend on, built once per core. */
export interface CoreContext {
  db: Db;
  clock: Clock;
  dataDir: string;
  events: CoreEvents;
  host: 'electron' | 'web';
  version: string;
  hostServices: HostServices;
  /** Time-dependent upkeep (reminders, track statuses) that slices register. */
  background: BackgroundTasks;
  backups: AutomaticBackups;
  uploads: UploadedFiles;
  /**
   * The heavy-profile generator's bulk path (issue 10; tests and `npm run bench` only, hosts leave
   * it out): receives the services that take many records in one go, the same instances the
   * handlers use, so whatever they keep stays in step.
   */
  bulkImport?: (services: BulkImportServices) => void;
}

/** Services with a many-at-once path for the heavy-profile generator. */
export interface BulkImportServices {
  ceActivities: Pick<CeActivityService, 'logMany'>;
}
