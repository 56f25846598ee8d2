import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { Announcements, RemindersPage } from './pages/RemindersPage';
import { type ActivityInput, CredentialPage } from './pages/CredentialPage';
import type { Page } from '@playwright/test';
import { CertificationPage } from './pages/CertificationPage';
import { ExamPage } from './pages/ExamPage';
import { type App, PINNED_NOW, expect, test } from './fixtures';

/**
 * The renewal journeys with the clock pinned at 2026-11-25: a PMP earned on 2024-09-10 (cycle to
 * 09/09/2027), activities in three categories with evidence, progress with the capped Giving Back,
 * the audit packet, the dashboard, the cycle-end reminder arriving once, snoozed and back, the
 * calendar. Each journey runs on its own host; the ones not about logging set it up through the API.
 */

const pdf = (name: string, text: string) => ({ name, mimeType: 'application/pdf', text });

/** The VEVENTs of an .ics file as property maps (unfolding continuation lines first). */
function parseIcsEvents(text: string): Record<string, string>[] {
  const lines = text.replace(/\r\n[ \t]/g, '').split(/\r\n/);
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT' && current) {
      events.push(current);
      current = null;
    } else if (current) {
      const colon = line.indexOf(':');
      current[line.slice(0, colon)] = line.slice(colon + 1);
    }
  }
  return events;
}

const THREE_ACTIVITIES: ActivityInput[] = [
  {
    date: '2025-05-01',
    title: 'Scrum course',
    provider: 'Agile Academy',
    units: '15',
    category: 'Education: Ways of Working',
    files: [pdf('certificate.pdf', 'scrum course certificate')],
  },
  {
    date: '2026-02-14',
    title: 'Finance for project managers',
    provider: 'PMI chapter',
    units: '15',
    category: 'Education: Business Acumen',
    files: [pdf('receipt.pdf', 'course receipt'), pdf('certificate.pdf', 'finance certificate')],
  },
  {
    date: '2026-06-01',
    title: 'Chapter volunteering',
    units: '30',
    category: 'Giving Back to the Profession: Volunteering, creating content, presenting, sharing knowledge',
    files: [pdf('volunteer-letter.pdf', 'letter from the chapter')],
  },
];

/** Tracks PMP, books the exam for `date`, sits it, records the pass, opens the Maintain tab and returns to the pinned today. */
async function recordPmpPassOn(app: App, page: Page, date: string, credentialNumber: string): Promise<void> {
  await app.host.setClock(`${date}T08:00:00.000Z`);
  await app.goto('/catalog/pmi-pmp');
  await new CertificationPage(page).track();
  const exam = new ExamPage(page);
  await exam.open();
  await exam.book(date);
  await app.host.setClock(`${date}T16:00:00.000Z`);
  await page.reload();
  await exam.recordPass({ bands: { People: 'Target', Process: 'Above Target', 'Business Environment': 'Target' }, credentialNumber });
  await expect(page.getByText('Congratulations! PMP is passed and the credential is in your records.')).toBeVisible();
  await page.getByRole('navigation', { name: /sections$/ }).getByRole('link', { name: 'Maintain', exact: true }).click();
  // Back to today with the page open, so reminders that come due on the way arrive in the page.
  await app.host.setClock(PINNED_NOW);
}

/**
 * Setup shortcut for the journeys that are not about logging: a followed PMP, held since
 * 2024-09-10, with the three activities above (on pace, 8 PDUs to go) and their evidence.
 */
async function holdPmpOnPace(app: App): Promise<void> {
  const call = async <T,>(method: string, input: unknown): Promise<T> => {
    const { body } = await app.host.call<T>(method, input);
    if (!body.ok) throw new Error(`${method}: ${body.error.message}`);
    return body.data;
  };
  await call('tracks:create', { certificationId: 'pmi-pmp' });
  const { id } = await call<{ id: string }>('credentials:add', { certificationId: 'pmi-pmp', earnedOn: '2024-09-10' });
  // Used Certplan all along: nothing earned elsewhere to enter.
  await call('renewal:skip-earned', { credentialId: id });
  const categoryIds = ['ways-of-working', 'business-acumen', 'volunteering-and-content'];
  for (const [i, activity] of THREE_ACTIVITIES.entries()) {
    const evidenceIds: string[] = [];
    for (const file of activity.files ?? []) {
      evidenceIds.push((await call<{ id: string }>('evidence:add', { fileName: file.name, mediaType: file.mimeType, contentBase64: Buffer.from(file.text).toString('base64') })).id);
    }
    await call('ce:log', { date: activity.date, title: activity.title, provider: activity.provider ?? '', units: Number(activity.units), categoryId: categoryIds[i], credentialIds: [id], evidenceIds });
  }
}

test('hold PMP, log CE in three categories with evidence, see the capped progress, export the audit packet', async ({ app, page }) => {
  const credential = new CredentialPage(page);
  const announcements = new Announcements(page);

  // Record the PMP pass on the track's Exam tab, back in September 2024: the clock goes there and
  // returns to today, as if the person had used Certplan all along.
  await recordPmpPassOn(app, page, '2024-09-10', '3141592');
  await page.getByRole('link', { name: 'Open the PMP credential page' }).click();
  await expect(credential.heading()).toHaveText('Project Management Professional (PMP)');
  await expect(credential.status()).toContainText('Behind pace 60 PDUs to go by 09/09/2027');
  // Nothing logged two years into the cycle: a pace warning comes at once.
  await expect(announcements.notice('Reminder: PMP is behind pace (11/01/2026)')).toBeVisible();
  await expect(announcements.reminderBadge()).toHaveAccessibleName('Reminders, 1 due');

  // Bad input is refused beside its field and nothing is stored.
  await credential.startLogging();
  await credential.fillActivity({ date: '2025-05-01', title: 'Scrum course', units: '2.3', category: 'Education: Ways of Working' });
  await credential.submitActivity();
  await credential.expectFieldError(/^Units/, 'PMP counts PDUs in steps of 0.25');
  await expect(credential.activities()).toHaveCount(0);
  await credential.form().getByRole('button', { name: 'Cancel' }).click();

  for (const activity of THREE_ACTIVITIES) await credential.logActivity(activity);

  // 60 logged, 55 count: Giving Back stops at 25. Power Skills still needs its 8.
  await expect(credential.progress()).toContainText('55 of 60 PDUs counted; 5 PDUs above caps do not count; 8 PDUs still needed.');
  await credential.expectProgressRow('Giving Back to the Profession', ['—', '25', '30', '25', '5', '0']);
  await credential.expectProgressRow('Power Skills', ['8', '—', '0', '0', '0', '8']);
  await expect(credential.activityRow('Chapter volunteering')).toContainText('25 5 not counting: above the Giving Back to the Profession cap of 25');
  await expect(credential.status()).toContainText('On track 8 PDUs to go by 09/09/2027');
  // Back on pace, the pace warning retires: the badge goes.
  await expect(announcements.reminderBadge()).toHaveCount(0);
  await announcements.dismissAll();
  await credential.progress().scrollIntoViewIfNeeded();
  await app.screenshot('ce-progress');
  for (const theme of ['dark', 'light'] as const) {
    await app.setTheme(theme);
    await expect(credential.progress()).toBeVisible();
    await app.expectAccessible(`renewal view (${theme})`);
  }

  // The audit packet: summary and evidence, numbered and named after the activities.
  const packet = await credential.exportAuditPacket();
  expect(packet.suggestedFilename()).toBe('certplan-audit-pmp-2024-09-10-to-2027-09-09.zip');
  const zip = unzipSync(readFileSync(await packet.path()));
  expect(Object.keys(zip).sort()).toEqual([
    'evidence/01-2025-05-01-scrum-course-certificate.pdf',
    'evidence/02-2026-02-14-finance-for-project-managers-certificate.pdf',
    'evidence/02-2026-02-14-finance-for-project-managers-receipt.pdf',
    'evidence/03-2026-06-01-chapter-volunteering-volunteer-letter.pdf',
    'summary.csv',
    'summary.html',
  ]);
  expect(strFromU8(zip['evidence/02-2026-02-14-finance-for-project-managers-receipt.pdf'] ?? new Uint8Array())).toBe('course receipt');
  const summary = strFromU8(zip['summary.html'] ?? new Uint8Array());
  expect(summary).toContain('Audit packet: Project Management Professional (PMP)');
  expect(summary).toContain('3141592');
  expect(summary).toContain('None: every activity has its evidence in this packet.');
  const csv = strFromU8(zip['summary.csv'] ?? new Uint8Array()).split('\r\n');
  expect(csv[3]).toBe(
    '3,2026-06-01,Chapter volunteering,,"Volunteering, creating content, presenting, sharing knowledge",30,25,5,above the Giving Back to the Profession cap of 25,PMP,evidence/03-2026-06-01-chapter-volunteering-volunteer-letter.pdf,',
  );
});

test('the dashboard shows every track and credential with its status and next step, reminders and CE progress', async ({ app, page }) => {
  await holdPmpOnPace(app);
  await app.nav('Dashboard');
  const pmpCard = page.getByRole('list', { name: 'Credentials' }).getByRole('listitem').filter({ hasText: 'PMP' });
  await expect(pmpCard).toContainText('On track');
  await expect(pmpCard).toContainText(/Earn about 0\.9\d* PDUs a month to finish by 08\/10\/2027/);
  const pmpTrack = page.getByRole('list', { name: 'Tracked certifications' }).getByRole('listitem').filter({ hasText: 'PMP' });
  await expect(pmpTrack).toContainText(/Earn about 0\.9\d* PDUs a month/);
  // The cycle end once (not once per lead time), with its countdown.
  await expect(page.getByRole('list', { name: 'Coming up' }).getByRole('listitem').filter({ hasText: 'PMP renewal cycle ends' })).toHaveCount(1);
  await expect(page.getByRole('list', { name: 'Coming up' }).getByRole('listitem').first()).toContainText(/in 288 days\s*PMP renewal cycle ends on 09\/09\/2027/);
  await expect(page.getByTestId('ce-requirement').getByRole('listitem', { name: /^Giving Back to the Profession: 25 PDUs counted \(at most 25\), 5 above a cap not counting$/ })).toBeVisible();
  await expect(page.getByText('No study sessions yet.')).toBeVisible();
  for (const theme of ['dark', 'light'] as const) {
    await app.setTheme(theme);
    await expect(page.getByTestId('ce-requirement').locator('.requirement-counted').first()).toBeVisible();
    await app.expectAccessible(`dashboard (${theme})`);
  }
});

test('a cycle-end reminder comes once (reload, restart), snoozes and comes back; the calendar holds the deadline', async ({ app, page }) => {
  const reminders = new RemindersPage(page);
  const announcements = new Announcements(page);
  await holdPmpOnPace(app);

  // 2027-03-14: the 180-day reminder of the cycle end (due 13 March, 09:00) arrives, once.
  await app.host.setClock('2027-03-14T10:00:00.000Z');
  await expect(announcements.notice('Reminder: PMP renewal cycle ends (09/09/2027)')).toBeVisible();
  await expect(announcements.reminderBadge()).toHaveAccessibleName('Reminders, 1 due');
  await announcements.dismissAll();
  await app.nav('Reminders');
  await expect(reminders.list('Due now')).toHaveCount(1);
  await expect(reminders.item('Due now', 'PMP renewal cycle ends')).toContainText('09/09/2027 (in 179 days)');
  await page.reload();
  await expect(reminders.list('Due now')).toHaveCount(1);
  await app.restartHost();
  await app.host.setClock('2027-03-14T10:00:00.000Z');
  await app.nav('Reminders');
  await expect(reminders.list('Due now')).toHaveCount(1);
  await expect(reminders.item('Due now', 'PMP renewal cycle ends')).toBeVisible();
  for (const theme of ['dark', 'light'] as const) {
    await app.setTheme(theme);
    await expect(reminders.list('Due now')).toHaveCount(1);
    await app.expectAccessible(`reminder center (${theme})`);
  }

  // Snoozed for a week it leaves the due list, and comes back when the week has passed.
  await reminders.snooze('PMP renewal cycle ends', '1 week');
  await expect(reminders.item('Snoozed', 'PMP renewal cycle ends')).toContainText('comes back on 03/21/2027');
  await expect(announcements.reminderBadge()).toHaveCount(0);
  await app.host.setClock('2027-03-21T10:01:00.000Z');
  await expect(announcements.notice('Reminder: PMP renewal cycle ends (09/09/2027)')).toBeVisible();
  await expect(reminders.list('Due now')).toHaveCount(1);
  await expect(reminders.list('Snoozed')).toHaveCount(0);

  // The calendar: every deadline, written by the ics package, parsed back here.
  const calendar = await reminders.exportCalendar();
  expect(calendar.suggestedFilename()).toBe('certplan-all-dates.ics');
  const events = parseIcsEvents(readFileSync(await calendar.path(), 'utf8'));
  expect(events).toEqual([
    expect.objectContaining({ SUMMARY: 'PMP renewal cycle ends', 'DTSTART;VALUE=DATE': '20270909', 'DTEND;VALUE=DATE': '20270910', CATEGORIES: 'Renewal cycle ends', TRANSP: 'OPAQUE' }),
  ]);
  expect(events[0]?.UID).toMatch(/^cycle-end:credential-[0-9a-f-]+:cycle-1@certplan$/);
});

test('a track’s Maintain tab says what unlocks it, then shows the credential’s renewal', async ({ app, page }) => {
  const tracked = await app.host.call<{ id: string }>('tracks:create', { certificationId: 'scrumalliance-csm' });
  if (!tracked.body.ok) throw new Error('setup failed');
  await app.goto(`/tracks/${tracked.body.data.id}/maintain`);
  await expect(page.getByRole('heading', { name: 'Maintaining CSM starts once you hold it' })).toBeVisible();
  await page.getByRole('link', { name: 'I already hold CSM: record it' }).click();
  await expect(page.getByLabel('Certification')).toHaveValue('scrumalliance-csm');
  await page.getByRole('textbox', { name: 'Earned on' }).fill('2025-02-10');
  await page.getByRole('button', { name: 'Add credential' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Certified ScrumMaster (CSM)');
  await app.goto(`/tracks/${tracked.body.data.id}/maintain`);
  await expect(page.getByRole('region', { name: 'Renewal cycle' })).toContainText('02/10/2025 to 02/09/2027 (cycle 1)');
  await expect(page.getByRole('region', { name: 'Status' })).toContainText('Renewal due by 02/09/2027; 20 SEUs still needed');
  await app.expectAccessible('maintain tab');
});

test('settings: when reminders come, notifications off (still in the center), no open-at-login in the browser', async ({ app, page }) => {
  const reminders = new RemindersPage(page);
  const announcements = new Announcements(page);
  await holdPmpOnPace(app);
  await announcements.dismissAll();
  await app.nav('Settings');
  const cycleEnd = page.getByRole('textbox', { name: 'Renewal cycle ends: days before' });
  await expect(cycleEnd).toHaveValue('180, 90, 30, 7');
  await cycleEnd.fill('60, sixty');
  await page.getByRole('button', { name: 'Save reminder times' }).click();
  await expect(page.getByText('“sixty” is not a whole number of days from 0 to 730')).toBeVisible();
  await cycleEnd.fill('14, 60');
  await page.getByRole('button', { name: 'Save reminder times' }).click();
  await expect(announcements.notice('Reminder times saved')).toBeVisible();
  await expect(cycleEnd).toHaveValue('60, 14');
  await page.getByRole('checkbox', { name: 'Show a message in the page when a reminder is due' }).uncheck();
  await expect(page.getByRole('checkbox', { name: 'Open Certplan when I log in' })).toHaveCount(0);

  await app.nav('Reminders');
  await expect(reminders.item('Coming up', 'PMP renewal cycle ends')).toContainText('next notice 07/11/2027 (60 days before)');
  await app.host.setClock('2027-07-12T10:00:00.000Z');
  await expect(announcements.reminderBadge()).toHaveAccessibleName('Reminders, 1 due');
  await expect(reminders.item('Due now', 'PMP renewal cycle ends')).toBeVisible();
  await expect(announcements.notice(/^Reminder:/)).toHaveCount(0);
});
