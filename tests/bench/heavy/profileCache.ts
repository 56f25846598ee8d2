import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MIGRATIONS } from '../../../src/main/core/db/migrations';
import { buildHeavyProfile, HEAVY_PROFILE_SEED, type HeavyProfileSummary } from '../../support/heavyProfile/buildHeavyProfile';
import { freshDataDir, PROJECT_ROOT } from '../../support/webHost';

/** Built profiles are kept here between bench runs (CERTPLAN_BENCH_CACHE moves it). */
const CACHE_ROOT = process.env.CERTPLAN_BENCH_CACHE ?? join(tmpdir(), 'certplan-bench-cache');
const GENERATOR_DIR = join(PROJECT_ROOT, 'tests', 'support', 'heavyProfile');

/**
 * A cached profile is reused only while what built it is unchanged: the generator's source and
 * the schema version. Anything else (a service's behaviour) is the thing being measured.
 */
function cacheKey(scale: number, seed: number): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(GENERATOR_DIR).sort()) hash.update(readFileSync(join(GENERATOR_DIR, file)));
  hash.update(String(MIGRATIONS.at(-1)?.version ?? 0));
  return `scale-${scale}-seed-${seed}-${hash.digest('hex').slice(0, 12)}`;
}

export interface CachedProfile {
  /** The pristine copy; never opened by a case (see `workingCopy`). */
  dir: string;
  summary: HeavyProfileSummary;
  reused: boolean;
}

export async function cachedProfile(scale: number, seed = HEAVY_PROFILE_SEED): Promise<CachedProfile> {
  const dir = join(CACHE_ROOT, cacheKey(scale, seed));
  const summaryFile = join(dir, 'heavy-profile.json');
  if (existsSync(summaryFile)) return { dir, summary: JSON.parse(readFileSync(summaryFile, 'utf8')) as HeavyProfileSummary, reused: true };
  mkdirSync(CACHE_ROOT, { recursive: true });
  const building = `${dir}.building-${process.pid}`;
  rmSync(building, { recursive: true, force: true });
  const summary = await buildHeavyProfile({ dataDir: building, scale, seed });
  writeFileSync(join(building, 'heavy-profile.json'), JSON.stringify(summary, null, 2));
  rmSync(dir, { recursive: true, force: true });
  renameSync(building, dir);
  return { dir, summary, reused: false };
}

/** A throwaway copy of a cached profile for cases that open it (and may write to it). */
export function workingCopy(profile: CachedProfile): string {
  const dir = freshDataDir('certplan-bench-');
  cpSync(profile.dir, dir, { recursive: true, filter: (source) => !source.endsWith('heavy-profile.json') && !source.endsWith('.lock') });
  return dir;
}
