import type { AppInfo } from '../../../shared/contract/app';
import { BUILTIN_CATALOG_VERSION } from '../catalog';
import { type Clock, localDateOf } from '../clock';
import type { HostServices } from '../context';

/** `app:info`: the same answer in normal and recovery mode. */
export function buildAppInfo(ctx: { version: string; host: 'electron' | 'web'; dataDir: string; clock: Clock; hostServices: HostServices }): AppInfo {
  const instant = ctx.clock.now();
  return {
    version: ctx.version,
    host: ctx.host,
    dataDir: ctx.dataDir,
    today: localDateOf(instant),
    now: instant.toISOString(),
    catalogVersion: BUILTIN_CATALOG_VERSION,
    capabilities: {
      printToPdf: ctx.hostServices.printToPdf !== undefined,
      nativeNotifications: ctx.host === 'electron',
      openAtLogin: ctx.hostServices.setOpenAtLogin !== undefined,
    },
  };
}
