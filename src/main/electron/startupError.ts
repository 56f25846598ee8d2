import { FutureDatabaseError } from '../core/db/migrate';

export interface StartupErrorMessage {
  title: string;
  content: string;
}

/** What the error box says when the core cannot open the data folder. */
export function startupErrorMessage(error: unknown, dataDir: string): StartupErrorMessage {
  if (error instanceof FutureDatabaseError) {
    return { title: 'Certplan needs an update', content: error.message };
  }
  const reason = error instanceof Error ? error.message : String(error);
  return {
    title: 'Certplan could not start',
    content: `Certplan could not open its data folder:\n${dataDir}\n\n${reason}`,
  };
}
