import type { AppError, Result } from '../../shared/result';

/** The state of something fetched from the core. */
export type Loadable<T> =
  | { status: 'idle'; data: null; error: null }
  | { status: 'loading'; data: T | null; error: null }
  | { status: 'ready'; data: T; error: null }
  | { status: 'error'; data: T | null; error: AppError };

export const idle = <T>(): Loadable<T> => ({ status: 'idle', data: null, error: null });

export function settle<T>(previous: T | null, result: Result<T>): Loadable<T> {
  return result.ok
    ? { status: 'ready', data: result.data, error: null }
    : { status: 'error', data: previous, error: result.error };
}
