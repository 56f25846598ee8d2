import { AdjustableClock } from '../../src/main/core/clock';
import { type Core, type CoreOptions, createCore } from '../../src/main/core/createCore';
import type { MethodName, MethodOutput } from '../../src/shared/contract';
import { freshDataDir } from './webHost';

export const PINNED_NOW = '2026-11-25T10:00:00.000Z';

/** A real core on a fresh temporary data folder with a pinned clock. */
export async function testCore(options: Partial<CoreOptions> = {}): Promise<Core & { clock: AdjustableClock }> {
  const clock = new AdjustableClock(new Date(PINNED_NOW));
  const core = await createCore({
    dataDir: options.dataDir ?? freshDataDir(),
    host: 'web',
    version: '0.0.0-test',
    clock,
    validateOutputs: true,
    locale: 'en-US',
    log: () => undefined,
    ...options,
  });
  return Object.assign(core, { clock });
}

/** Calls a method and returns its data, failing the test with the error message otherwise. */
export async function callOk<M extends MethodName>(core: Core, method: M, input: unknown): Promise<MethodOutput<M>> {
  const result = await core.call(method, input);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.code} ${result.error.message}`);
  return result.data as MethodOutput<M>;
}
