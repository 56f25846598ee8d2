import type { Migration } from '../migrate';
import m0001 from './0001_catalog_and_tracks.sql?raw';
import m0002 from './0002_credentials_and_evidence.sql?raw';
import m0003 from './0003_prerequisites.sql?raw';
import m0004 from './0004_exam_preparation.sql?raw';
import m0005 from './0005_renewal_and_reminders.sql?raw';
import m0009 from './0009_flashcards.sql?raw';

/**
 * The ordered list of schema migrations. Never edit one that has shipped: add the next number.
 * `?raw` inlines the SQL at build time, so the bundled core carries its own migrations.
 */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: '0001_catalog_and_tracks', sql: m0001 },
  { version: 2, name: '0002_credentials_and_evidence', sql: m0002 },
  { version: 3, name: '0003_prerequisites', sql: m0003 },
  { version: 4, name: '0004_exam_preparation', sql: m0004 },
  { version: 5, name: '0005_renewal_and_reminders', sql: m0005 },
  // TODO(#13): 6–8 belong to issues merged before this branch; the lead replaces these three
  // stand-ins with the real migrations at merge (versions must run 1..n without gaps).
  { version: 6, name: '0006_reserved', sql: '' },
  { version: 7, name: '0007_reserved', sql: '' },
  { version: 8, name: '0008_reserved', sql: '' },
  { version: 9, name: '0009_flashcards', sql: m0009 },
];
