import { type Page, expect } from '@playwright/test';
import type { App } from './fixtures';
import type { Seeded } from './support';

/** One screen or state to check: how to get there and what shows it is ready. */
export interface Screen {
  name: string;
  open: (app: App, page: Page, seeded: Seeded) => Promise<void>;
}

const at = (path: string, ready: (page: Page) => Promise<void>) => async (app: App, page: Page) => {
  // A dialog left open by the screen before would stay over this one (same page, new address).
  if ((await page.locator('dialog[open]').count()) > 0) await page.keyboard.press('Escape');
  await app.goto(path);
  await ready(page);
};
const heading = (name: string | RegExp, level = 1) => async (page: Page) => {
  await expect(page.getByRole('heading', { level, name }).first()).toBeVisible();
};

/**
 * Every screen of the app and the states people meet on them (forms open with errors, a dialog, a
 * draft kept, an Undo waiting), on seeded data (support.ts).
 */
export const SCREENS: Screen[] = [
  { name: 'dashboard', open: at('/', heading('Dashboard')) },
  { name: 'guided start: a step', open: at('/start?step=education', heading('Your education', 2)) },
  { name: 'catalog', open: at('/catalog', heading('Catalog')) },
  { name: 'certification detail', open: at('/catalog/pmi-pmp', heading(/Project Management Professional/)) },
  { name: 'custom certification editor', open: at('/catalog/new', heading(/custom certification/i)) },
  { name: 'my certifications', open: at('/tracks', heading('My certifications')) },
  { name: 'track overview', open: async (app, page, s) => at(`/tracks/${s.trackId}/overview`, heading('Next step', 2))(app, page) },
  { name: 'prerequisites', open: async (app, page, s) => at(`/tracks/${s.trackId}/prerequisites`, heading('Step by step', 2))(app, page) },
  { name: 'prepare: plan', open: async (app, page, s) => at(`/tracks/${s.trackId}/prepare`, heading('Your plan', 2))(app, page) },
  {
    name: 'prepare: calendar with a day open',
    open: async (app, page, s) => {
      await at(`/tracks/${s.trackId}/prepare?section=calendar`, heading(/^Calendar/, 2))(app, page);
      await page.getByRole('button', { name: /^Fri 11\/27\/2026/ }).click();
      await expect(page.getByRole('dialog', { name: 'Fri 11/27/2026' })).toBeVisible();
    },
  },
  { name: 'prepare: month calendar', open: async (app, page, s) => {
    await at(`/tracks/${s.trackId}/prepare?section=calendar`, heading(/^Calendar/, 2))(app, page);
    await page.getByRole('button', { name: 'Month', exact: true }).click();
    await expect(page.getByRole('table').first()).toBeVisible();
  } },
  { name: 'prepare: sessions', open: async (app, page, s) => at(`/tracks/${s.trackId}/prepare?section=sessions`, heading('Sessions', 2))(app, page) },
  { name: 'prepare: practice', open: async (app, page, s) => at(`/tracks/${s.trackId}/prepare?section=practice`, heading('Results', 2))(app, page) },
  { name: 'prepare: readiness', open: async (app, page, s) => at(`/tracks/${s.trackId}/prepare?section=progress`, heading('Readiness', 2))(app, page) },
  { name: 'prepare: settings', open: async (app, page, s) => at(`/tracks/${s.trackId}/prepare?section=settings`, heading('Blackout days and pauses', 2))(app, page) },
  { name: 'exam', open: async (app, page, s) => at(`/tracks/${s.trackId}/exam`, async (p) => expect(p.getByRole('navigation', { name: 'PMP sections' })).toBeVisible())(app, page) },
  { name: 'maintain', open: async (app, page, s) => at(`/tracks/${s.trackId}/maintain`, async (p) => expect(p.getByRole('navigation', { name: 'PMP sections' })).toBeVisible())(app, page) },
  { name: 'records: profile', open: at('/records/profile', heading('Education', 2)) },
  {
    name: 'records: experience form with errors',
    open: async (app, page) => {
      await at('/records/experience?add=1', heading('Add experience', 3))(app, page);
      await page.getByRole('button', { name: 'Add entry' }).click();
      await expect(page.getByText('Organisation is required')).toBeVisible();
    },
  },
  { name: 'records: training', open: at('/records/training', heading('Training', 2)) },
  { name: 'records: credentials', open: at('/records/credentials', heading('Credentials held', 2)) },
  { name: 'records: evidence', open: at('/records/evidence', heading('Evidence files', 2)) },
  { name: 'credential', open: async (app, page, s) => at(`/credentials/${s.credentialId}`, heading('Activities in this cycle', 2))(app, page) },
  {
    name: 'credential: activity form and an Undo waiting',
    open: async (app, page, s) => {
      await at(`/credentials/${s.credentialId}?activity=new`, heading('Log an activity', 3))(app, page);
      await page.getByRole('button', { name: /^Remove / }).first().click();
      await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
    },
  },
  { name: 'credential with a long name', open: async (app, page, s) => at(`/credentials/${s.longCredentialId}`, heading(/LONG/))(app, page) },
  { name: 'add a credential', open: at('/credentials/new', heading('Add a credential you hold')) },
  { name: 'reminders', open: at('/reminders', heading('Reminders')) },
  { name: 'settings', open: at('/settings', heading('Settings')) },
];
