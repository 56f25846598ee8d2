import type { Migration } from '../migrate';
import m0001 from './0001_catalog_and_tracks.sql?raw';

/**
 * The ordered list of schema migrations. Never edit one that has shipped: add the next number.
 * `?raw` inlines the SQL at build time, so the bundled core carries its own migrations.
 */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: '0001_catalog_and_tracks', sql: m0001 },
];
