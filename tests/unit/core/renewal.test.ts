import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/createCore';
import type { CeActivityDraft } from '../../../src/shared/schemas/ce';
import { callOk, testCore } from '../../support/core';

/**
 * The renewal slice through the real core (pinned clock 2026-11-25): a PMP held since 2024-09-10
 * (cycle to 2027-09-09), activities with evidence, progress after caps, bad input that changes
 * nothing, renewal with carry-over, the audit packet.
 */

let core: Core & { clock: { set(d: Date): void } };
afterEach(() => core?.close());

const text = (s: string) => Buffer.from(s).toString('base64');

async function pmp(earnedOn = '2024-09-10') {
  return callOk(core, 'credentials:add', { certificationId: 'pmi-pmp', earnedOn, credentialNumber: '1234567' });
}

async function evidence(name: string, content = `certificate for ${name}`) {
  return callOk(core, 'evidence:add', { fileName: name, mediaType: 'application/pdf', contentBase64: text(content) });
}

const activity = (credentialId: string, patch: Partial<CeActivityDraft> = {}): CeActivityDraft => ({
  date: '2026-02-14',
  title: 'Agile leadership webinar',
  provider: 'PMI chapter',
  units: 10,
  categoryId: 'power-skills',
  credentialIds: [credentialId],
  ...patch,
});

describe('renewal view', () => {
  it('shows the first cycle from the earned date, with status, progress and pacing', async () => {
    core = await testCore();
    const credential = await pmp();
    // Added by hand two years into its cycle: nothing is judged until the earlier PDUs are entered or skipped.
    const held = await callOk(core, 'renewal:get', { credentialId: credential.id });
    expect(held).toMatchObject({ status: 'on-track', fairStart: { state: 'pending' }, pacing: { onPace: true } });
    const view = await callOk(core, 'renewal:skip-earned', { credentialId: credential.id });
    expect(view.fairStart?.state).toBe('skipped');
    expect(view.cycles).toEqual([
      expect.objectContaining({ index: 0, start: '2024-09-10', end: '2027-09-09', suspensionEnd: '2028-09-09', expiresOn: '2028-09-10', state: 'open' }),
    ]);
    expect(view).toMatchObject({ status: 'behind', cycleIndex: 0, outsideCycles: 0, renewal: { allowed: false } });
    expect(view.progress).toMatchObject({ required: 60, counted: 0, stillNeeded: 60, complete: false, unitName: 'PDU' });
    expect(view.pacing).toMatchObject({ targetDate: '2027-08-10', finishDaysBefore: 30, currentPacePerMonth: 0, onPace: false });
    expect(view.statusText).toBe('60 PDUs to go by 09/09/2027');
    expect(view.nextAction).toMatch(/^Earn about 7\.\d+ PDUs a month to finish by 08\/10\/2027$/);
  });

  it('logs activities with evidence and counts 25 of 30 Giving Back units', async () => {
    core = await testCore();
    const credential = await pmp();
    const cert = await evidence('certificate.pdf');
    await callOk(core, 'ce:log', activity(credential.id, { evidenceIds: [cert.id] }));
    await callOk(core, 'ce:log', activity(credential.id, { title: 'Scrum course', categoryId: 'ways-of-working', units: 12, date: '2025-05-01' }));
    await callOk(core, 'ce:log', activity(credential.id, { title: 'Chapter volunteering', categoryId: 'volunteering-and-content', units: 30, date: '2026-06-01' }));
    const view = await callOk(core, 'renewal:get', { credentialId: credential.id });
    expect(view.progress).toMatchObject({ earned: 52, counted: 47, notCounted: 5 });
    expect(view.progress?.groups.find((g) => g.id === 'giving-back')).toMatchObject({ counted: 25, notCounted: 5 });
    expect(view.activities.map((a) => [a.number, a.title, a.counted, a.notCounted])).toEqual([
      [1, 'Scrum course', 12, 0],
      [2, 'Agile leadership webinar', 10, 0],
      [3, 'Chapter volunteering', 25, 5],
    ]);
    expect(view.activities[1]?.evidence).toEqual([{ id: cert.id, fileName: 'certificate.pdf', missing: false }]);
    expect(view.activities[2]?.notCountedReason).toBe('above the Giving Back to the Profession cap of 25');
    const files = await callOk(core, 'evidence:list', {});
    expect(files[0]?.usedBy).toEqual(['CE activity: Agile leadership webinar (2026-02-14)']);
    const removal = await core.call('evidence:remove', { id: cert.id });
    expect(removal.ok ? null : removal.error.code).toBe('conflict');
  });

  it.each([
    ['units below zero', { units: -2 }, 'units', 'Units must be above zero'],
    ['units not in quarter steps', { units: 2.3 }, 'units', 'PMP counts PDUs in steps of 0.25'],
    ['a date outside every cycle', { date: '2024-01-01' }, 'date', 'Outside every cycle of PMP (2024-09-10 to 2028-09-09)'],
    ['a date in the future', { date: '2026-12-01' }, 'date', 'Cannot be in the future; log an activity once it has happened'],
    ['a category the rules do not know', { categoryId: 'training' }, 'categoryId', 'PMP’s rules have no category “training”'],
    ['no credential chosen', { credentialIds: [] }, 'credentialIds', 'Choose at least one credential this activity counts toward'],
    ['an evidence file not in the store', { evidenceIds: ['evidence-gone'] }, 'evidenceIds.0', 'This file is not in the evidence store; attach it again'],
  ])('refuses %s, naming the field, and stores nothing', async (_name, patch, path, message) => {
    core = await testCore();
    const credential = await pmp();
    const result = await core.call('ce:log', activity(credential.id, patch as Partial<CeActivityDraft>));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_input');
    expect(result.error.details?.issues).toContainEqual({ path, message });
    expect((await callOk(core, 'renewal:get', { credentialId: credential.id })).activities).toEqual([]);
  });

  it('refuses evidence whose stored copy went missing', async () => {
    core = await testCore();
    const credential = await pmp();
    const cert = await evidence('gone.pdf', 'bytes that will vanish');
    rmSync(join(core.dataDir, 'evidence', cert.sha256));
    const result = await core.call('ce:log', activity(credential.id, { evidenceIds: [cert.id] }));
    expect(result.ok ? null : result.error.details?.issues).toEqual([
      { path: 'evidenceIds.0', message: 'The stored copy of “gone.pdf” is missing from the evidence folder; attach it again' },
    ]);
  });

  it('edits and removes an activity', async () => {
    core = await testCore();
    const credential = await pmp();
    const logged = await callOk(core, 'ce:log', activity(credential.id));
    const updated = await callOk(core, 'ce:update', { id: logged.id, activity: activity(credential.id, { units: 12.5, title: 'Renamed' }) });
    expect(updated).toMatchObject({ id: logged.id, units: 12.5, title: 'Renamed', createdAt: logged.createdAt });
    const bad = await core.call('ce:update', { id: logged.id, activity: activity(credential.id, { units: 0 }) });
    expect(bad.ok).toBe(false);
    expect((await callOk(core, 'renewal:get', { credentialId: credential.id })).activities[0]?.units).toBe(12.5);
    await callOk(core, 'ce:remove', { id: logged.id });
    expect((await callOk(core, 'renewal:get', { credentialId: credential.id })).activities).toEqual([]);
    expect((await core.call('ce:remove', { id: logged.id })).ok).toBe(false);
  });

  it('shares Power Skills with PMI-ACP by default, each credential in its own cycle', async () => {
    core = await testCore();
    const p = await pmp('2024-01-15');
    const acp = await callOk(core, 'credentials:add', { certificationId: 'pmi-acp', earnedOn: '2025-06-01' });
    const options = await callOk(core, 'ce:preview-sharing', { credentialId: p.id, categoryId: 'power-skills', date: '2025-09-10' });
    expect(options.filter((o) => o.chosenByDefault).map((o) => o.acronym)).toEqual(['PMI-ACP', 'PMP']);
    await callOk(core, 'ce:log', activity(p.id, { date: '2025-09-10', credentialIds: [p.id, acp.id] }));
    const pmpView = await callOk(core, 'renewal:get', { credentialId: p.id });
    const acpView = await callOk(core, 'renewal:get', { credentialId: acp.id });
    expect(pmpView.progress).toMatchObject({ counted: 10, stillNeeded: 50 });
    expect(acpView.progress).toMatchObject({ counted: 10, stillNeeded: 20 });
    expect(acpView.activities[0]?.credentials.map((c) => c.acronym).sort()).toEqual(['PMI-ACP', 'PMP']);
  });
});

describe('credentials without CE rules', () => {
  it('one outside the catalog has no cycles and says what to do', async () => {
    core = await testCore();
    const credential = await callOk(core, 'credentials:add', { name: 'Company PMO badge', acronym: 'CPB', earnedOn: '2024-01-01' });
    const view = await callOk(core, 'renewal:get', { credentialId: credential.id });
    expect(view).toMatchObject({
      status: 'unknown',
      statusText: 'No renewal rules recorded',
      nextAction: 'Check how CPB is renewed; Certplan has no rules for it',
      cycles: [],
      progress: null,
      renewal: { allowed: false },
    });
    const logged = await core.call('ce:log', activity(credential.id));
    expect(logged.ok ? null : logged.error.details?.issues).toEqual([{ path: 'credentialIds', message: 'CPB is not renewed with continuing-education units' }]);
  });

  it('one renewed by retaking the exam is active, then renewed with a pass', async () => {
    core = await testCore();
    const credential = await callOk(core, 'credentials:add', { certificationId: 'aws-saa-c03', earnedOn: '2024-03-10' });
    let view = await callOk(core, 'renewal:get', { credentialId: credential.id });
    expect(view).toMatchObject({ status: 'active', statusText: 'Valid until 03/09/2027', progress: null, renewal: { allowed: true } });
    view = await callOk(core, 'renewal:record', { credentialId: credential.id, submittedOn: '2026-11-20', approvedOn: '2026-11-20', feePaid: true });
    expect(view.cycles.map((c) => [c.start, c.end])).toEqual([
      ['2024-03-10', '2027-03-09'],
      ['2027-03-10', '2030-03-09'],
    ]);
  });

  it('a lifetime one needs nothing', async () => {
    core = await testCore();
    const credential = await callOk(core, 'credentials:add', { certificationId: 'scrumorg-psm-1', earnedOn: '2020-03-10' });
    expect(await callOk(core, 'renewal:get', { credentialId: credential.id })).toMatchObject({ status: 'lifetime', nextAction: 'Nothing to renew', renewal: { allowed: false } });
  });
});

describe('renewal', () => {
  async function completeCycle(credentialId: string) {
    // 2024-01-15 cycle: 80 PDUs, 20 of them in the last year (from 2026-01-15) above the 60.
    for (const [categoryId, units, date] of [
      ['ways-of-working', 20, '2024-06-01'],
      ['power-skills', 20, '2024-07-01'],
      ['business-acumen', 20, '2026-03-01'],
      ['volunteering-and-content', 20, '2026-06-01'],
    ] as const) {
      await callOk(core, 'ce:log', activity(credentialId, { categoryId, units, date, title: `${categoryId} ${date}` }));
    }
  }

  it('is refused until the requirements are met, naming what is missing', async () => {
    core = await testCore();
    const credential = await pmp('2024-01-15');
    const result = await core.call('renewal:record', { credentialId: credential.id, submittedOn: '2026-11-20' });
    expect(result.ok ? null : result.error).toMatchObject({ code: 'rule_violation', message: 'Renew once the requirements are met: 60 PDUs still needed' });
  });

  it('submitted, then approved with the fee paid: a new cycle starts with the last year’s excess carried over', async () => {
    core = await testCore();
    const credential = await pmp('2024-01-15');
    await completeCycle(credential.id);
    let view = await callOk(core, 'renewal:get', { credentialId: credential.id });
    expect(view).toMatchObject({ status: 'renewal-due', renewal: { allowed: true } });
    expect(view.progress).toMatchObject({ counted: 80, complete: true, carryOut: 20 });

    view = await callOk(core, 'renewal:record', { credentialId: credential.id, submittedOn: '2026-11-20' });
    expect(view.cycles).toHaveLength(1);
    expect(view.nextAction).toBe('Renewal submitted on 11/20/2026: mark it approved (fee paid) when PMI confirms');

    const bad = await core.call('renewal:record', { credentialId: credential.id, submittedOn: '2026-11-20', approvedOn: '2026-11-19', feePaid: true });
    expect(bad.ok ? null : bad.error.details?.issues).toEqual([{ path: 'approvedOn', message: 'Cannot be before the day it was submitted' }]);

    view = await callOk(core, 'renewal:record', { credentialId: credential.id, submittedOn: '2026-11-20', approvedOn: '2026-11-24', feePaid: true });
    expect(view.cycles.map((c) => [c.start, c.end, c.state])).toEqual([
      ['2024-01-15', '2027-01-14', 'renewed'],
      ['2027-01-15', '2030-01-14', 'open'],
    ]);
    expect(view).toMatchObject({ cycleIndex: 1, activities: [] });
    expect(view.progress).toMatchObject({ carriedIn: 20, counted: 20, stillNeeded: 40 });
    const past = await callOk(core, 'renewal:get', { credentialId: credential.id, cycleIndex: 0 });
    expect(past).toMatchObject({ cycleIndex: 0, renewal: { allowed: false } });
    expect(past.activities).toHaveLength(4);

    view = await callOk(core, 'renewal:undo', { credentialId: credential.id });
    expect(view.cycles).toHaveLength(1);
  });

  it('keeps the pace target per credential', async () => {
    core = await testCore();
    const credential = await pmp();
    const view = await callOk(core, 'renewal:set-pace-target', { credentialId: credential.id, finishDaysBefore: 90 });
    expect(view.pacing).toMatchObject({ finishDaysBefore: 90, targetDate: '2027-06-11' });
  });
});

describe('audit packet', () => {
  it('zips a summary (HTML, CSV) and the evidence, named after the activities; missing evidence is listed', async () => {
    core = await testCore();
    const credential = await pmp();
    const cert = await evidence('Certificate of Completion.PDF', 'webinar certificate');
    const receipt = await evidence('receipt.pdf', 'receipt bytes');
    const gone = await evidence('letter.pdf', 'letter that will vanish');
    await callOk(core, 'ce:log', activity(credential.id, { title: 'Agile <leadership> webinar', evidenceIds: [cert.id, receipt.id] }));
    await callOk(core, 'ce:log', activity(credential.id, { title: '=HYPERLINK("x") talk', date: '2026-03-01', categoryId: 'business-acumen' }));
    await callOk(core, 'ce:log', activity(credential.id, { title: 'Mentoring', date: '2026-04-01', categoryId: 'volunteering-and-content', evidenceIds: [gone.id] }));
    rmSync(join(core.dataDir, 'evidence', gone.sha256));

    const file = await callOk(core, 'renewal:export-audit-packet', { credentialId: credential.id, cycleIndex: 0 });
    expect(file).toMatchObject({ fileName: 'certplan-audit-pmp-2024-09-10-to-2027-09-09.zip', mediaType: 'application/zip' });
    const zip = unzipSync(Buffer.from(file.contentBase64, 'base64'));
    expect(Object.keys(zip).sort()).toEqual([
      'evidence/01-2026-02-14-agile-leadership-webinar-certificate-of-completion.pdf',
      'evidence/01-2026-02-14-agile-leadership-webinar-receipt.pdf',
      'summary.csv',
      'summary.html',
    ]);
    expect(strFromU8(zip['evidence/01-2026-02-14-agile-leadership-webinar-receipt.pdf'] ?? new Uint8Array())).toBe('receipt bytes');
    const html = strFromU8(zip['summary.html'] ?? new Uint8Array());
    expect(html).toContain('Agile &lt;leadership&gt; webinar');
    expect(html).not.toContain('<leadership>');
    expect(html).toContain('#2 =HYPERLINK(&quot;x&quot;) talk: no evidence attached');
    expect(html).toContain('#3 letter.pdf: The stored copy is missing from the evidence folder');
    const csvBytes = zip['summary.csv'] ?? new Uint8Array();
    // A byte-order mark first, so spreadsheets read UTF-8 (the decoder below drops it).
    expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = strFromU8(csvBytes);
    expect(csv.split('\r\n')[0]).toBe('Number,Date,Title,Provider,Category,Units,Counted,Not counted,Why not counted,Counts toward,Evidence files,Notes');
    expect(csv).toContain(`2,2026-03-01,"'=HYPERLINK(""x"") talk"`);
    expect(csv).toContain('MISSING: letter.pdf');
  });

  it('refuses a cycle that does not exist', async () => {
    core = await testCore();
    const credential = await pmp();
    const result = await core.call('renewal:export-audit-packet', { credentialId: credential.id, cycleIndex: 3 });
    expect(result.ok ? null : result.error.details?.issues).toEqual([{ path: 'cycleIndex', message: 'PMP has no cycle 4' }]);
  });
});
