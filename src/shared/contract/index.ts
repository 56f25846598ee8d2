import '../zodMessages';
import type { z } from 'zod';
import type { Result } from '../result';
import { appMethods } from './app';
import { backupMethods } from './backups';
import { calendarMethods } from './calendar';
import { catalogMethods } from './catalog';
import { ceMethods } from './ce';
import { credentialMethods } from './credentials';
import { dashboardMethods } from './dashboard';
import { evidenceMethods } from './evidence';
import { examMethods } from './exam';
import { fairStartMethods } from './fairStart';
import { linkedRecordMethods } from './linkedRecords';
import { flashcardMethods } from './flashcards';
import type { EventName, EventPayload } from './events';
import { prerequisiteMethods } from './prerequisites';
import { recordMethods } from './records';
import { practiceMethods } from './practice';
import { preparationMethods } from './preparation';
import { sessionMethods } from './sessions';
import { reminderMethods } from './reminders';
import { renewalMethods } from './renewal';
import { trackMethods } from './tracks';
import { undoMethods } from './undo';

/**
 * Every method the renderer may call, in one table. Both hosts expose exactly these names: the
 * preload as one function each, the web host as `POST /api/<name>`.
 */
export const contract = {
  ...appMethods,
  ...catalogMethods,
  ...trackMethods,
  ...credentialMethods,
  ...evidenceMethods,
  ...recordMethods,
  ...prerequisiteMethods,
  ...preparationMethods,
  ...sessionMethods,
  ...practiceMethods,
  ...examMethods,
  ...renewalMethods,
  ...fairStartMethods,
  ...linkedRecordMethods,
  ...ceMethods,
  ...reminderMethods,
  ...calendarMethods,
  ...dashboardMethods,
  ...backupMethods,
  ...undoMethods,
  ...flashcardMethods,
};

export type Contract = typeof contract;
export type MethodName = keyof Contract;
/** What a caller sends (defaults not yet applied). */
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a handler receives after validation (defaults applied). */
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}

/** The one interface the renderer knows; the preload and the HTTP client both implement it. */
export type CertplanApi = {
  [M in MethodName]: (input: MethodInput<M>) => Promise<Result<MethodOutput<M>>>;
} & {
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};

export { EVENT_NAMES, eventSchemas } from './events';
export type { EventName, EventPayload } from './events';
