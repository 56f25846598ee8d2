import { expect } from 'vitest';
import type { WebHost } from '../../support/webHost';
import type { MethodCases } from './types';

/**
 * Cases for issue 12 (host clock 2026-11-25): the grouped reminder center, the subscribed
 * calendar file, the fair start of a held credential and training ↔ CE links. Each case adds its
 * own copy of PMP (a custom entry copied from the built-in one): all cases share one host.
 */

async function ok<T>(host: WebHost, method: string, input: unknown): Promise<T> {
  const { body } = await host.call<T>(method, input);
  if (!body.ok) throw new Error(`${method}: ${body.error.message}`);
  return body.data;
}

async function heldPmp(host: WebHost, earnedOn = '2024-09-10'): Promise<{ credentialId: string; acronym: string }> {
  return heldCopyOf(host, 'pmi-pmp', earnedOn);
}

/** A held copy of a built-in entry (only this file's cases hold PeopleCert copies, all earned on the same day, so a shared suite changes nothing). */
async function heldCopyOf(host: WebHost, builtinId: string, earnedOn: string): Promise<{ credentialId: string; acronym: string }> {
  const detail = await ok<{ certification: Record<string, unknown> }>(host, 'catalog:get', { id: builtinId });
  const { id: _i, origin: _o, revision: _r, facts: _f, updatedAt: _u, ...draft } = detail.certification;
  const acronym = `C${Math.floor(Math.random() * 1e9)}`;
  const cert = await ok<{ id: string }>(host, 'catalog:create-custom', { certification: { ...draft, acronym, copiedFrom: builtinId } });
  return { credentialId: (await ok<{ id: string }>(host, 'credentials:add', { certificationId: cert.id, earnedOn })).id, acronym };
}

interface PreviewRows {
  clean: boolean;
  warnings: string[];
  rows: { line: number; units: number; activityTypeName: string | null; note: string | null; problems: string[] }[];
}

const TRANSCRIPT = ['Claim Date,Activity Title,Provider,Category,PDUs', '2025-03-10,Agile course,PMI chapter,Education - Ways of Working,12', '2025-06-01,Negotiation,Coursera,Leadership,8.5'].join('\n');

async function course(host: WebHost): Promise<string> {
  return (await ok<{ id: string }>(host, 'training:add', { course: `PMO course ${Math.random()}`, provider: 'PMO Academy', hours: 21, completedOn: '2026-05-04', topic: 'PMO' })).id;
}

export const reminderCenterCases: MethodCases = {
  'reminders:list-groups': {
    good: async (host) => {
      const { credentialId } = await heldPmp(host, '2024-01-15');
      const center = await ok<{ groups: { kind: string; dueDate: string; credentialId: string; state: string; earlierNotices: number }[] }>(host, 'reminders:list-groups', { credentialId });
      // Four lead times of the cycle end, one row.
      expect(center.groups).toEqual([expect.objectContaining({ kind: 'cycle-end', dueDate: '2027-01-14', credentialId, state: 'due', earlierNotices: 0 })]);
      const none = await ok<{ groups: unknown[]; hiddenByFilters: number }>(host, 'reminders:list-groups', { credentialId, kind: 'exam' });
      expect(none.groups).toEqual([]);
      expect(none.hiddenByFilters).toBeGreaterThan(0);
    },
    bad: { input: () => ({ state: 'sometime' }), field: 'state' },
  },
  'calendar:get-feed': {
    good: async (host) => {
      const off = await ok<{ enabled: boolean; path: string }>(host, 'calendar:get-feed', {});
      expect(off).toMatchObject({ enabled: false, path: expect.stringMatching(/calendar[/\\]certplan\.ics$/) });
      const settings = await ok<{ calendar: Record<string, unknown> }>(host, 'settings:get', {});
      await ok(host, 'settings:update', { patch: { calendar: { ...settings.calendar, feed: true } } });
      const on = await ok<{ enabled: boolean; updatedAt: string | null; url: string }>(host, 'calendar:get-feed', {});
      expect(on).toMatchObject({ enabled: true, updatedAt: expect.any(String), url: expect.stringMatching(/^file:/) });
      await ok(host, 'settings:update', { patch: { calendar: { ...settings.calendar, feed: false } } });
    },
    bad: { input: () => ({ path: '/etc/passwd' }), field: '' },
  },
  'renewal:preview-earned': {
    good: async (host) => {
      const { credentialId } = await heldPmp(host);
      const preview = await ok<{ clean: boolean; mapping: Record<string, string | null>; rows: { line: number; categoryName: string; units: number; problems: string[] }[] }>(host, 'renewal:preview-earned', {
        credentialId,
        entry: { kind: 'transcript', text: TRANSCRIPT },
      });
      expect(preview.mapping).toEqual({ date: 'Claim Date', title: 'Activity Title', provider: 'Provider', units: 'PDUs', category: 'Category', activityType: null });
      expect(preview.rows).toEqual([
        expect.objectContaining({ line: 2, categoryName: 'Ways of Working', units: 12, problems: [] }),
        expect.objectContaining({ line: 3, categoryName: 'Power Skills', units: 8.5, problems: [] }),
      ]);
      expect(preview.clean).toBe(true);
      // A cap, an unknown category and a date outside the cycle: each problem on its line.
      const bad = await ok<{ clean: boolean; rows: { line: number; problems: string[] }[] }>(host, 'renewal:preview-earned', {
        credentialId,
        entry: { kind: 'transcript', text: 'Date,Title,Category,PDUs\n2025-01-05,Volunteering,Giving Back,30\n2025-02-01,Cooking,Cooking,2\n2023-02-01,Old course,Power Skills,2\n' },
      });
      expect(bad.clean).toBe(false);
      expect(bad.rows.map((r) => [r.line, r.problems.join(' | ')])).toEqual([
        [2, '5 PDUs would not count: above the Giving Back to the Profession cap of 25'],
        [3, 'Unknown category “Cooking”: choose which of the rules’ categories it is'],
        [4, '02/01/2023 is outside the current cycle (09/10/2024 to 09/09/2027)'],
      ]);

      // PeopleCert (0.5 to 15 points an activity, 20 a year with 5 from Professional Experience):
      // a transcript line above the bound is refused; a total above it is stored as several activities.
      const prince2 = (await heldCopyOf(host, 'peoplecert-prince2-7-practitioner', '2024-02-10')).credentialId;
      const tooLong = await ok<PreviewRows>(host, 'renewal:preview-earned', { credentialId: prince2, entry: { kind: 'transcript', text: 'Date,Title,Category,Points\n2024-05-01,Long course,Professional Education,16\n2024-06-01,Tiny,Community,0.25\n' } });
      expect(tooLong.rows.map((r) => r.problems)).toEqual([
        [expect.stringMatching(/counts at most 15 CPD points for one activity; log a longer one as several activities$/)],
        [expect.stringMatching(/counts at least 0\.5 CPD points for one activity$/)],
      ]);
      const totals = await ok<PreviewRows>(host, 'renewal:preview-earned', {
        credentialId: prince2,
        entry: { kind: 'totals', rows: [{ categoryId: 'professional-experience', activityTypeId: null, units: 20, date: '2025-02-09' }] },
      });
      expect(totals.clean).toBe(true);
      expect(totals.rows[0]?.note).toBe('Stored as 2 activities (15 + 5 CPD points): one activity counts at most 15 CPD points');
      // Year 2 is over with nothing entered for it: a warning (it happened), not an error.
      expect(totals.warnings).toEqual([expect.stringMatching(/^Year 2 \(02\/10\/2025 to 02\/09\/2026\) would end with 0 CPD points of 20, 0 of the 5 from Professional Experience: /)]);

      // Security+: a training line needs its kind; live webinars count at most 10.
      const security = (await heldCopyOf(host, 'comptia-security-plus', '2025-01-10')).credentialId;
      const text = 'Date,Title,Category,Kind,CEUs\n2025-03-01,Cloud webinar series,Training,Webinar,12\n2025-04-01,Course,Training,,5\n';
      const kinds = await ok<PreviewRows & { mapping: { activityType: string | null }; activityTypeValues: { value: string; activityTypeId: string | null }[] }>(host, 'renewal:preview-earned', { credentialId: security, entry: { kind: 'transcript', text } });
      expect(kinds.mapping.activityType).toBe('Kind');
      expect(kinds.activityTypeValues).toEqual([{ value: 'Webinar', activityTypeId: 'live-webinar' }]);
      expect(kinds.rows.map((r) => [r.activityTypeName, r.problems.map((p) => p.replace(/C\d+/, 'X'))])).toEqual([
        ['Live webinar', ['2 CEUs would not count: above the Live webinar cap of 10']],
        [null, ['Choose the kind of activity: X counts Training course, Live webinar, Conference, College course, ACE course differently']],
      ]);
    },
    bad: { input: () => ({ credentialId: 'credential-1', entry: { kind: 'totals', rows: [{ categoryId: 'training', activityTypeId: 'Live Webinar!', units: 2, date: '2025-03-01' }] } }), field: 'entry.rows.0.activityTypeId' },
  },
  'renewal:import-earned': {
    good: async (host) => {
      const { credentialId } = await heldPmp(host);
      const refused = await host.call('renewal:import-earned', { credentialId, entry: { kind: 'totals', rows: [{ categoryId: 'working-as-practitioner', units: 9, date: '2026-11-25' }] } });
      expect(refused.body).toMatchObject({ ok: false, error: { code: 'rule_violation', message: 'Nothing was imported: 1 problem needs fixing first' } });
      expect((await ok<{ activities: unknown[] }>(host, 'renewal:get', { credentialId })).activities).toEqual([]);
      const view = await ok<{ fairStart: { state: string }; progress: { counted: number }; activities: unknown[] }>(host, 'renewal:import-earned', { credentialId, entry: { kind: 'transcript', text: TRANSCRIPT } });
      expect(view.fairStart.state).toBe('done');
      expect(view.progress.counted).toBe(20.5);
      expect(view.activities).toHaveLength(2);

      // A totals entry that breaks a PeopleCert yearly cap is refused whole: nothing stored, still pending.
      const prince2 = (await heldCopyOf(host, 'peoplecert-prince2-7-practitioner', '2024-02-10')).credentialId;
      const capped = await host.call('renewal:import-earned', {
        credentialId: prince2,
        entry: { kind: 'totals', rows: [{ categoryId: 'professional-experience', activityTypeId: null, units: 5, date: '2025-02-09' }, { categoryId: 'community', activityTypeId: null, units: 16, date: '2025-02-09' }] },
      });
      expect(capped.body).toMatchObject({ ok: false, error: { code: 'rule_violation', details: { issues: [{ path: 'entry.rows.1', message: 'Line 2: 1 CPD point would not count: above the Community cap of 15 a year' }] } } });
      const after = await ok<{ activities: unknown[]; fairStart: { state: string } }>(host, 'renewal:get', { credentialId: prince2 });
      expect(after).toMatchObject({ activities: [], fairStart: { state: 'pending' } });
    },
    bad: { input: () => ({ credentialId: 'credential-1', entry: { kind: 'transcript', text: '' } }), field: 'entry.text' },
  },
  'renewal:skip-earned': {
    good: async (host) => {
      const { credentialId } = await heldPmp(host);
      const view = await ok<{ fairStart: { state: string }; status: string }>(host, 'renewal:skip-earned', { credentialId });
      expect(view).toMatchObject({ fairStart: { state: 'skipped' }, status: 'behind' });
      const again = await host.call('renewal:skip-earned', { credentialId });
      expect(again.body).toMatchObject({ ok: false, error: { code: 'conflict' } });
    },
    bad: { input: () => ({ credentialId: 'credential-missing' }), field: 'credentialId', code: 'not_found' },
  },
  'training:log-as-ce': {
    good: async (host) => {
      const { credentialId } = await heldPmp(host);
      const trainingId = await course(host);
      const activity = await ok<{ id: string; units: number; date: string; credentialIds: string[] }>(host, 'training:log-as-ce', { trainingId, credentialId, categoryId: 'ways-of-working' });
      expect(activity).toMatchObject({ units: 21, date: '2026-05-04', credentialIds: [credentialId] });
      const list = await ok<{ entries: { id: string; linkedActivity: { id: string } | null }[] }>(host, 'training:list', {});
      expect(list.entries.find((e) => e.id === trainingId)?.linkedActivity?.id).toBe(activity.id);
    },
    bad: { input: () => ({ trainingId: 'training-1', credentialId: 'credential-1', categoryId: 'ways-of-working', units: -2 }), field: 'units' },
  },
  'ce:record-as-training': {
    good: async (host) => {
      const { credentialId } = await heldPmp(host);
      const logged = await ok<{ id: string }>(host, 'ce:log', { date: '2026-03-02', title: 'Risk workshop', provider: 'PMI chapter', units: 7, categoryId: 'ways-of-working', credentialIds: [credentialId] });
      const entry = await ok<{ course: string; hours: number; linkedActivity: { id: string } | null }>(host, 'ce:record-as-training', { activityId: logged.id, topic: 'Risk management' });
      expect(entry).toMatchObject({ course: 'Risk workshop', hours: 7, linkedActivity: { id: logged.id } });
    },
    bad: { input: () => ({ activityId: 'ce-1', topic: '' }), field: 'topic' },
  },
  'training:sync-linked': {
    good: async (host) => {
      const { credentialId } = await heldPmp(host);
      const trainingId = await course(host);
      const activity = await ok<{ id: string }>(host, 'training:log-as-ce', { trainingId, credentialId, categoryId: 'ways-of-working' });
      const entry = await ok<{ course: string; provider: string; topic: string }>(host, 'training:list', {}).then((l) => (l as unknown as { entries: { id: string; course: string; provider: string; topic: string }[] }).entries.find((e) => e.id === trainingId));
      await ok(host, 'training:update', { id: trainingId, course: entry?.course ?? '', provider: 'PMO Academy', hours: 24, completedOn: '2026-05-04', topic: entry?.topic ?? 'PMO', evidenceId: null });
      const list = await ok<{ entries: { id: string; linkedActivity: { differences: string[] } | null }[] }>(host, 'training:list', {});
      expect(list.entries.find((e) => e.id === trainingId)?.linkedActivity?.differences).toEqual(['hours and units']);
      const synced = await ok<{ id: string; units: number }>(host, 'training:sync-linked', { trainingId });
      expect(synced).toMatchObject({ id: activity.id, units: 24 });
    },
    bad: { input: () => ({ trainingId: 5 }), field: 'trainingId' },
  },
  'ce:sync-linked': {
    good: async (host) => {
      const { credentialId } = await heldPmp(host);
      const logged = await ok<{ id: string }>(host, 'ce:log', { date: '2026-03-02', title: 'Scheduling clinic', provider: 'PMI chapter', units: 4, categoryId: 'ways-of-working', credentialIds: [credentialId] });
      await ok(host, 'ce:record-as-training', { activityId: logged.id, topic: 'Scheduling' });
      await ok(host, 'ce:update', { id: logged.id, activity: { date: '2026-03-03', title: 'Scheduling clinic', provider: 'PMI chapter', units: 4, categoryId: 'ways-of-working', credentialIds: [credentialId] } });
      const entry = await ok<{ completedOn: string; linkedActivity: { differences: string[] } | null }>(host, 'ce:sync-linked', { activityId: logged.id });
      expect(entry).toMatchObject({ completedOn: '2026-03-03', linkedActivity: { differences: [] } });
    },
    bad: { input: () => ({ activityId: 'ce-missing' }), field: 'activityId', code: 'not_found' },
  },
};
