import type { Migration } from '../migrate';
import m0001 from './0001_catalog_and_tracks.sql?raw';
import m0002 from './0002_credentials_and_evidence.sql?raw';
import m0003 from './0003_prerequisites.sql?raw';
import m0004 from './0004_exam_preparation.sql?raw';
import m0005 from './0005_renewal_and_reminders.sql?raw';
import m0006 from './0006_fair_start_and_linked_records.sql?raw';
import m0007 from './0007_rules_model.sql?raw';
import m0008 from './0008_flashcards.sql?raw';

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
  { version: 6, name: '0006_fair_start_and_linked_records', sql: m0006 },
  { version: 7, name: '0007_rules_model', sql: m0007 },
  { version: 8, name: '0008_flashcards', sql: m0008 },
];
