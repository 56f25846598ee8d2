import { contract, isMethodName } from '../../../shared/contract';
import { type Result, err, ok } from '../../../shared/result';
import { AppFailure, fromZodError } from '../errors';
import type { HandlerTable } from './handlers';

export interface DispatchOptions {
  /** Check outputs against the contract too (development and tests): catches SQL/contract drift. */
  validateOutputs: boolean;
  onMutation?: (area: string, method: string) => void;
  /** SQLite failed under a call (a full disk, a damaged file): the core may need to act on it. */
  onStorageError?: (error: unknown) => void;
  log?: (message: string, error: unknown) => void;
}

/** Verbs that only read; any other verb changes data and announces it. */
const READ_ONLY_VERBS = new Set(['info', 'get', 'list', 'preview', 'export', 'compute', 'status']);

/**
 * The core's edge: unknown method → not_found, bad input → invalid_input naming the field,
 * service failure → its code, anything unexpected → internal. Never throws.
 */
export async function dispatch(
  handlers: HandlerTable,
  method: string,
  rawInput: unknown,
  options: DispatchOptions,
): Promise<Result<unknown>> {
  if (!isMethodName(method)) {
    return err({ code: 'not_found', message: `Unknown method "${method}"`, details: { method } });
  }
  const spec = contract[method];
  const parsed = spec.input.safeParse(rawInput ?? {});
  if (!parsed.success) return err(fromZodError(parsed.error).toAppError());
  try {
    const handler = handlers[method] as (input: unknown) => unknown;
    const output = await handler(parsed.data);
    let data = output;
    if (options.validateOutputs) {
      const checked = spec.output.safeParse(output);
      if (!checked.success) {
        options.log?.(`Output of ${method} does not match the contract`, checked.error);
        return err({
          code: 'internal',
          message: `Certplan produced an answer to ${method} that does not match its contract`,
        });
      }
      data = checked.data;
    }
    const [area, verb = ''] = method.split(':');
    if (area && !READ_ONLY_VERBS.has(verb.split('-')[0] ?? verb)) options.onMutation?.(area, method);
    return ok(data);
  } catch (error) {
    if (error instanceof AppFailure) return err(error.toAppError());
    if (isSqliteError(error)) {
      options.log?.(`Storage error in ${method}`, error);
      options.onStorageError?.(error);
      return err({ code: 'storage', message: storageMessage(error.code) });
    }
    options.log?.(`Unexpected error in ${method}`, error);
    return err({ code: 'internal', message: `Something went wrong in ${method}; nothing was changed.` });
  }
}

function storageMessage(code: string): string {
  if (code === 'SQLITE_FULL') return 'The disk is full, so Certplan could not save this. Free some space (deleting evidence files you no longer need helps) and try again; nothing was changed.';
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return 'Certplan’s data file is damaged, so it stopped writing to it. Reload to open the recovery screen: restore a backup or save what can still be read.';
  }
  return `Certplan could not read or write its data file (${code}). Nothing was changed.`;
}

function isSqliteError(error: unknown): error is Error & { code: string } {
  return error instanceof Error && error.name === 'SqliteError';
}

export { fromZodError };
