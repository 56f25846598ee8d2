import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import type { Core } from '../../../src/main/core/createCore';
import { callOk, testCore } from '../../support/core';

async function eligiblePmp(core: Core) {
  const track = await callOk(core, 'tracks:create', { certificationId: 'pmi-pmp' });
  await callOk(core, 'profile:update', { educationLevel: 'bachelor' });
  await callOk(core, 'experience:add', {
    organisation: 'Acme <Corp>',
    title: 'ERP "rollout"',
    role: 'Project manager',
    startMonth: '2021-01',
    endMonth: '2022-06',
    hours: 2400,
    description: 'Led 12 people.\n<script>alert(1)</script>',
    areas: ['leading projects'],
  });
  await callOk(core, 'experience:add', { organisation: 'Beta', title: 'Data platform', startMonth: '2022-01', endMonth: '2022-12', areas: ['leading projects'] });
  await callOk(core, 'experience:add', { organisation: 'Gamma', title: '=HYPERLINK("x")', startMonth: '2025-12', endMonth: null, areas: ['leading projects'] });
  await callOk(core, 'experience:add', { organisation: 'Ignored', title: 'Sales', startMonth: '2020-01', endMonth: '2020-03', areas: ['sales'] });
  await callOk(core, 'training:add', { course: 'PMP boot camp', provider: 'Academy', hours: 28, completedOn: '2025-03-10', topic: 'PM education' });
  await callOk(core, 'training:add', { course: 'Agile basics', provider: 'Academy', hours: 7, completedOn: '2025-04-10', topic: 'PM education' });
  expect((await callOk(core, 'tracks:get', { id: track.id })).status).toBe('eligible');
  return track;
}

const status = async (core: Core, id: string) => (await callOk(core, 'tracks:get', { id })).status;

describe('applications', () => {
  it('record steps with dates, move the track, and keep the dates reminders read', async () => {
    const core = await testCore();
    const track = await eligiblePmp(core);
    await callOk(core, 'applications:record', { trackId: track.id, status: 'drafting', on: '2026-09-01' });
    expect(await status(core, track.id)).toBe('eligible');
    await callOk(core, 'applications:record', { trackId: track.id, status: 'submitted', on: '2026-10-01' });
    expect(await status(core, track.id)).toBe('applied');
    const audit = await callOk(core, 'applications:record', { trackId: track.id, status: 'in-audit', on: '2026-10-05', note: 'Selected for audit' });
    expect(audit).toMatchObject({ status: 'in-audit', auditStartedOn: '2026-10-05', auditDueOn: '2027-01-03', attemptsUsed: 0, attemptsAllowed: 3 });
    const approved = await callOk(core, 'applications:record', { trackId: track.id, status: 'approved', on: '2026-11-02' });
    expect(approved).toMatchObject({ status: 'approved', approvedOn: '2026-11-02', eligibilityEndsOn: '2027-11-02', auditDueOn: null });
    expect(approved.events.map((e) => e.status)).toEqual(['drafting', 'submitted', 'in-audit', 'approved']);
    expect(await status(core, track.id)).toBe('approved');

    // Removing the approval puts the track back to applied; a rejection returns it to eligible.
    const approval = approved.events.at(-1);
    await callOk(core, 'applications:remove-event', { trackId: track.id, eventId: approval?.id });
    expect(await status(core, track.id)).toBe('applied');
    await callOk(core, 'applications:record', { trackId: track.id, status: 'rejected', on: '2026-11-20' });
    expect(await status(core, track.id)).toBe('eligible');
    const history = (await callOk(core, 'tracks:get', { id: track.id })).history.map((h) => `${h.status}: ${h.reason}`).slice(-4);
    expect(history).toEqual(['applied: Application submitted', 'approved: Application approved', 'applied: Application in audit', 'eligible: Application rejected']);
    core.close();
  });

  it('refuse a date in the future and an unknown step, changing nothing', async () => {
    const core = await testCore();
    const track = await eligiblePmp(core);
    const future = await core.call('applications:record', { trackId: track.id, status: 'submitted', on: '2026-11-26' });
    expect(future.ok ? null : future.error.details?.issues).toEqual([{ path: 'on', message: 'Cannot be in the future' }]);
    const missing = await core.call('applications:remove-event', { trackId: track.id, eventId: 999 });
    expect(missing.ok ? null : missing.error).toMatchObject({ code: 'not_found', details: { issues: [{ path: 'eventId' }] } });
    expect((await callOk(core, 'applications:get', { trackId: track.id })).events).toEqual([]);
    expect(await status(core, track.id)).toBe('eligible');
    core.close();
  });

  it('go with their track', async () => {
    const core = await testCore();
    const track = await eligiblePmp(core);
    await callOk(core, 'applications:record', { trackId: track.id, status: 'submitted', on: '2026-10-01' });
    await callOk(core, 'tracks:remove', { id: track.id });
    const again = await callOk(core, 'tracks:create', { certificationId: 'pmi-pmp' });
    expect((await callOk(core, 'applications:get', { trackId: again.id })).events).toEqual([]);
    core.close();
  });
});

describe('the application pack', () => {
  it('is a self-contained HTML document with the counted records, every value escaped', async () => {
    const core = await testCore();
    const track = await eligiblePmp(core);
    const file = await callOk(core, 'applications:export-pack', { trackId: track.id, format: 'html' });
    expect(file).toMatchObject({ fileName: 'pmp-application-pack-2026-11-25.html', mediaType: 'text/html' });
    const html = Buffer.from(file.contentBase64, 'base64').toString('utf8');
    expect(html).toContain('<h1>PMP application pack</h1>');
    expect(html).toContain('Prerequisites met through the Four-year degree path');
    expect(html).toContain('Bachelor’s / four-year degree');
    expect(html).toContain('<strong>36 unique months counted</strong>');
    expect(html).toContain('ERP &quot;rollout&quot;');
    expect(html).toContain('Acme &lt;Corp&gt;');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<script|<link|src=|href=/i);
    expect(html).toContain('Jan 2021 – Jun 2022');
    expect(html).toContain('Dec 2025 – ongoing');
    expect(html).not.toContain('Sales');
    expect(html).toContain('PMP boot camp');
    expect(html).toContain('<strong>35 hours</strong>');
    core.close();
  });

  it('has a CSV of the same records with a fixed header', async () => {
    const core = await testCore();
    const track = await eligiblePmp(core);
    const file = await callOk(core, 'applications:export-pack', { trackId: track.id, format: 'csv' });
    expect(file).toMatchObject({ fileName: 'pmp-application-pack-2026-11-25.csv', mediaType: 'text/csv' });
    const text = Buffer.from(file.contentBase64, 'base64').toString('utf8').replace(/^\uFEFF/, '');
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    expect(parsed.meta.fields).toEqual(['section', 'requirement', 'title', 'organisation', 'role', 'start_month', 'end_month', 'months_in_window', 'months_counted', 'hours', 'completed_on', 'provider', 'description']);
    const rows = parsed.data.map((r) => [r.section, r.title, r.start_month, r.end_month, r.months_counted, r.hours]);
    expect(rows).toEqual([
      ['education', 'Bachelor’s / four-year degree', '', '', '', ''],
      ['experience', 'ERP "rollout"', '2021-01', '2022-06', '18', '2400'],
      ['experience', 'Data platform', '2022-01', '2022-12', '6', ''],
      // A title a spreadsheet would run as a formula is escaped.
      ['experience', "'=HYPERLINK(\"x\")", '2025-12', 'ongoing', '12', ''],
      ['training', 'PMP boot camp', '', '', '', '28'],
      ['training', 'Agile basics', '', '', '', '7'],
    ]);
    core.close();
  });

  it('as PDF needs the desktop app, and uses its print-to-PDF there', async () => {
    const web = await testCore();
    const track = await eligiblePmp(web);
    const refused = await web.call('applications:export-pack', { trackId: track.id, format: 'pdf' });
    expect(refused.ok ? null : refused.error).toMatchObject({ code: 'rule_violation', details: { issues: [{ path: 'format' }] } });
    expect(refused.ok ? '' : refused.error.message).toMatch(/print it to PDF from there/);
    web.close();

    let printed = '';
    const desktop = await testCore({
      hostServices: {
        printToPdf: (html) => {
          printed = html;
          return Promise.resolve(new TextEncoder().encode('%PDF-1.7 pack'));
        },
      },
    });
    const pmp = await eligiblePmp(desktop);
    const pdf = await callOk(desktop, 'applications:export-pack', { trackId: pmp.id, format: 'pdf' });
    expect(pdf).toMatchObject({ fileName: 'pmp-application-pack-2026-11-25.pdf', mediaType: 'application/pdf' });
    expect(Buffer.from(pdf.contentBase64, 'base64').toString()).toBe('%PDF-1.7 pack');
    expect(printed).toContain('PMP application pack');
    desktop.close();
  });
});

describe('approval without a submission on record', () => {
  it('passes through applied, and gives the exam slice the approval window', async () => {
    const core = await testCore();
    const track = await eligiblePmp(core);
    await callOk(core, 'applications:record', { trackId: track.id, status: 'approved', on: '2026-11-10' });
    const history = (await callOk(core, 'tracks:get', { id: track.id })).history.map((h) => h.status).slice(-2);
    expect(history).toEqual(['applied', 'approved']);
    core.close();
  });
});
