import { afterEach, describe, expect, it } from 'vitest';
import { LoadSession } from '../../support/heavyProfile/loadSession';
import { freshDataDir } from '../../support/webHost';

let session: LoadSession | null = null;
afterEach(() => {
  session?.close();
  session = null;
});

const count = (s: LoadSession) => (s.db.prepare('SELECT count(*) FROM ce_activities').pluck().get() as number);

/** The core's bulk CE path (CeActivityService.logMany) that the heavy-profile generator uses. */
describe('logging CE activities in bulk', () => {
  async function withCredential(): Promise<{ s: LoadSession; credentialId: string }> {
    const s = new LoadSession(freshDataDir(), '2026-11-25');
    session = s;
    const credential = await s.call('credentials:add', { certificationId: 'comptia-security-plus', earnedOn: '2025-03-01' });
    await s.call('renewal:skip-earned', { credentialId: credential.id });
    return { s, credentialId: credential.id };
  }

  it('writes every activity of a good batch, linked to its credential', async () => {
    const { s, credentialId } = await withCredential();
    const view = await s.call('renewal:get', { credentialId });
    const category = view.progress?.groups[0]?.categories[0];
    const categoryId = category?.id ?? '';
    const activityTypeId = category?.activityTypes[0]?.id ?? null;
    const logged = s.logCeActivities(
      ['2026-01-10', '2026-02-10', '2026-03-10'].map((date) => ({ date, title: `Course ${date}`, units: 2, categoryId, activityTypeId, credentialIds: [credentialId] })),
      { share: 'default' },
    );
    expect(logged.map((a) => a.date)).toEqual(['2026-01-10', '2026-02-10', '2026-03-10']);
    const after = await s.call('renewal:get', { credentialId });
    expect(after.activities).toHaveLength(3);
    expect(after.progress?.earned).toBe(6);
  });

  it('refuses a batch with one bad activity whole, naming it, and writes nothing', async () => {
    const { s, credentialId } = await withCredential();
    const view = await s.call('renewal:get', { credentialId });
    const category = view.progress?.groups[0]?.categories[0];
    const good = { title: 'Course', units: 2, categoryId: category?.id ?? '', activityTypeId: category?.activityTypes[0]?.id ?? null, credentialIds: [credentialId] };
    expect(() => s.logCeActivities([{ ...good, date: '2026-01-10' }, { ...good, date: '2026-12-31' }], { share: 'none' })).toThrow(
      /Activity 2: date: Cannot be in the future/,
    );
    expect(() => s.logCeActivities([{ ...good, date: '2026-01-10', units: -1 }], { share: 'none' })).toThrow(/units/i);
    expect(count(s)).toBe(0);
  });
});
