import { describeStartupFailure } from '../core/startupFailure';

export interface StartupErrorMessage {
  title: string;
  content: string;
}

/** What the error box says when the core cannot open the data folder (the same words the web host prints). */
export function startupErrorMessage(error: unknown, dataDir: string): StartupErrorMessage {
  const { title, message } = describeStartupFailure(error, dataDir);
  return { title, content: message };
}
