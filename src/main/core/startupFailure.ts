import { DataDirInUseError } from './db/dataDirLock';
import { FutureDatabaseError } from './db/migrate';
import { isDiskFull } from './fileSafety';
import { DataFolderError } from './runtime/dataFolder';

export interface StartupFailure {
  /** A dialog title (desktop). */
  title: string;
  /** What happened and what to do, in one paragraph (the web host prints it as one line). */
  message: string;
}

/**
 * The words both hosts use when Certplan cannot start: the desktop app shows them in a dialog,
 * the web host prints them as one line on stderr. Every case names the folder or file involved
 * and what the person can do; none is a stack trace.
 */
export function describeStartupFailure(error: unknown, dataDir: string): StartupFailure {
  if (error instanceof FutureDatabaseError) return { title: 'Certplan needs an update', message: error.message };
  if (error instanceof DataDirInUseError) return { title: 'Certplan is already running', message: error.message };
  if (error instanceof DataFolderError) return describeFolderProblem(error);
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  if (isDiskFull(error)) return diskFull(dataDir);
  if (code === 'SQLITE_READONLY' || code.startsWith('SQLITE_CANTOPEN') || code === 'EACCES' || code === 'EROFS' || code === 'EPERM') {
    return readOnly(dataDir);
  }
  const reason = error instanceof Error ? error.message : String(error);
  return { title: 'Certplan could not start', message: `Certplan could not open its data folder ${dataDir}: ${reason}` };
}

function describeFolderProblem(error: DataFolderError): StartupFailure {
  switch (error.problem) {
    case 'read-only':
      return readOnly(error.folder);
    case 'disk-full':
      return diskFull(error.folder);
    case 'missing':
      return {
        title: 'Certplan’s data folder is missing',
        message: `The folder ${error.folder} does not exist (is a drive unplugged, or is the path mistyped?). Create it, or choose another data folder, and start Certplan again.`,
      };
    case 'not-a-folder':
      return {
        title: 'Certplan’s data folder is not a folder',
        message: `${error.folder} is a file, not a folder. Move that file away or choose another data folder, and start Certplan again.`,
      };
  }
}

function readOnly(folder: string): StartupFailure {
  return {
    title: 'Certplan cannot write its data',
    message: `Certplan cannot write to its data folder ${folder} (it is read-only, or you have no permission to change it). Make it writable, or choose another data folder, and start Certplan again. Nothing was changed.`,
  };
}

function diskFull(folder: string): StartupFailure {
  return {
    title: 'The disk is full',
    message: `The disk holding ${folder} is full, so Certplan cannot start safely. Free some space and start Certplan again; nothing was changed.`,
  };
}
