import type { BackgroundTasks } from './background';
import type { Clock } from './clock';
import type { Db } from './db/connection';
import type { CoreEvents } from './events';

/** Things only a host can do; the core asks for them and degrades with a clear message if absent. */
export interface HostServices {
  /** Electron's webContents.printToPDF on a hidden window; absent in the web host. */
  printToPdf?: (html: string) => Promise<Uint8Array>;
  /** Start (or stop starting) the app when the person logs in; only the desktop shell can. */
  setOpenAtLogin?: (enabled: boolean) => void;
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
}
