import { describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/createCore';
import { callOk, testCore } from '../../support/core';

const LEADING = 'leading projects';

async function pmpPerson(core: Core) {
  await callOk(core, 'profile:update', { educationLevel: 'bachelor' });
  const a = await callOk(core, 'experience:add', { organisation: 'Acme', title: 'ERP rollout', startMonth: '2021-01', endMonth: '2022-06', areas: [LEADING] });
  const b = await callOk(core, 'experience:add', { organisation: 'Beta', title: 'Data platform', startMonth: '2022-01', endMonth: '2022-12', areas: [LEADING] });
  const c = await callOk(core, 'experience:add', { organisation: 'Gamma', title: 'Mobile app', startMonth: '2025-12', endMonth: null, areas: [LEADING] });
  await callOk(core, 'training:add', { course: 'PMP boot camp', provider: 'Academy', hours: 28, completedOn: '2025-03-10', topic: 'PM education' });
  await callOk(core, 'training:add', { course: 'Agile basics', provider: 'Academy', hours: 7, completedOn: '2025-04-10', topic: 'PM education' });
  return { a, b, c };
}

async function status(core: Core, id: string) {
  return (await callOk(core, 'tracks:get', { id })).status;
}

describe('eligibility and track status', () => {
  it('moves a PMP track exploring → qualifying → eligible, and back when a record goes', async () => {
    const core = await testCore();
    const track = await callOk(core, 'tracks:create', { certificationId: 'pmi-pmp' });
    expect(track.status).toBe('exploring');
    await callOk(core, 'profile:update', { educationLevel: 'bachelor' });
    expect(await status(core, track.id)).toBe('qualifying');

    const { b } = await pmpPerson(core);
    expect(await status(core, track.id)).toBe('eligible');
    const result = await callOk(core, 'eligibility:get', { trackId: track.id });
    expect(result).toMatchObject({ status: 'eligible', anyPathMet: true, bestPathId: 'four-year-degree', currentMonth: '2026-11' });
    const fourYear = result.paths.find((p) => p.pathId === 'four-year-degree');
    expect(fourYear?.requirements.map((r) => r.summary)).toEqual(['Bachelor’s / four-year degree', '36 of 36 months', '35 of 35 hours']);

    await callOk(core, 'experience:remove', { id: b.id });
    expect(await status(core, track.id)).toBe('qualifying');
    const after = await callOk(core, 'eligibility:get', { trackId: track.id });
    const path = after.paths.find((p) => p.pathId === 'four-year-degree');
    expect(path).toMatchObject({ met: false, best: true, missing: ['6 more months of leading projects'], projection: { kind: 'by-time', month: '2027-05', fromDate: '2027-05-01' } });
    const history = (await callOk(core, 'tracks:get', { id: track.id })).history.map((h) => `${h.status}: ${h.reason}`);
    expect(history).toEqual([
      'exploring: Started tracking PMP (rules revision 2)',
      'qualifying: Started recording prerequisites',
      'eligible: Prerequisites met through the Four-year degree path',
      'qualifying: No prerequisite path is met any more (missing: 6 more months of leading projects)',
    ]);
    core.close();
  });

  it('announces a status it moved as a change to tracks', async () => {
    const core = await testCore();
    const track = await callOk(core, 'tracks:create', { certificationId: 'pmi-pmocp' });
    const seen: string[][] = [];
    core.on('data:changed', ({ areas }) => seen.push(areas));
    await callOk(core, 'credentials:add', { certificationId: 'pmi-pmp', earnedOn: '2024-01-10' });
    // The credential change itself, then the status it moved (reminders may follow the credential too).
    expect(seen[0]).toEqual(['credentials']);
    expect(seen).toContainEqual(['tracks']);
    expect(await status(core, track.id)).toBe('qualifying');
    await callOk(core, 'profile:update', { educationLevel: 'secondary' });
    await callOk(core, 'training:add', { course: 'PMO prep', provider: 'PMI', hours: 10, completedOn: '2026-01-05', topic: 'PMO education' });
    expect(await status(core, track.id)).toBe('eligible');
    const result = await callOk(core, 'eligibility:get', { trackId: track.id });
    expect(result.paths[0]?.requirements[1]).toMatchObject({ met: true, metBySubstitute: 'pmi-pmp', summary: 'Covered by holding PMP' });
    core.close();
  });

  it('catches up on time passing when the core starts or the result is read', async () => {
    const core = await testCore();
    const track = await callOk(core, 'tracks:create', { certificationId: 'pmi-pmp' });
    await callOk(core, 'profile:update', { educationLevel: 'bachelor' });
    await callOk(core, 'training:add', { course: 'Boot camp', provider: 'X', hours: 35, completedOn: '2026-01-05', topic: 'PM education' });
    await callOk(core, 'experience:add', { organisation: 'Acme', title: 'Ongoing', startMonth: '2024-01', endMonth: null, areas: [LEADING] });
    expect(await status(core, track.id)).toBe('qualifying');
    core.clock.set(new Date('2026-12-15T10:00:00Z'));
    const result = await callOk(core, 'eligibility:get', { trackId: track.id });
    expect(result).toMatchObject({ status: 'eligible', anyPathMet: true });
    core.close();
  });

  it('leaves a track whose rules ask for nothing where it is, and says so', async () => {
    const core = await testCore();
    const track = await callOk(core, 'tracks:create', { certificationId: 'comptia-security-plus' });
    await callOk(core, 'profile:update', { educationLevel: 'bachelor' });
    const result = await callOk(core, 'eligibility:get', { trackId: track.id });
    expect(result).toMatchObject({ status: 'exploring', noPrerequisites: true, steps: [] });
    core.close();
  });

  it('ticks checks of the track’s rules only', async () => {
    const core = await testCore();
    const track = await callOk(core, 'tracks:create', { certificationId: 'peoplecert-prince2-7-practitioner' });
    expect(await callOk(core, 'checks:set', { trackId: track.id, requirementId: 'other-qualification', checked: true })).toEqual({ trackId: track.id, requirementId: 'other-qualification', checked: true });
    expect(await status(core, track.id)).toBe('eligible');
    const wrong = await core.call('checks:set', { trackId: track.id, requirementId: 'panel-review', checked: true });
    expect(wrong.ok ? null : wrong.error.details?.issues).toEqual([{ path: 'requirementId', message: 'PRINCE2 P’s rules have no check with this id' }]);
    await callOk(core, 'checks:set', { trackId: track.id, requirementId: 'other-qualification', checked: false });
    expect(await status(core, track.id)).toBe('qualifying');
    core.close();
  });
});

describe('bad input names the field and stores nothing', () => {
  it.each<[string, Record<string, unknown>, string, string]>([
    ['an end before the start', { endMonth: '2020-12' }, 'endMonth', 'The end month cannot be before the start month'],
    ['hours below zero', { hours: -5 }, 'hours', 'Hours cannot be negative'],
    ['a start in the future', { startMonth: '2026-12', endMonth: null }, 'startMonth', 'Cannot be after the current month (November 2026)'],
    ['a closed entry ending after this month', { endMonth: '2027-02' }, 'endMonth', 'Cannot be after the current month (November 2026); tick “Ongoing” if the work continues'],
    ['a month that does not exist', { startMonth: '2021-13', endMonth: null }, 'startMonth', 'Enter a month and year'],
    ['a missing organisation', { organisation: ' ' }, 'organisation', 'Organisation is required'],
  ])('experience with %s', async (_name, patch, field, message) => {
    const core = await testCore();
    const result = await core.call('experience:add', { organisation: 'Acme', title: 'Work', startMonth: '2021-01', endMonth: '2021-06', ...patch });
    expect(result.ok ? null : result.error).toMatchObject({ code: 'invalid_input', details: { issues: [{ path: field, message }] } });
    expect((await callOk(core, 'experience:list', {})).entries).toEqual([]);
    core.close();
  });

  it('an update with bad input leaves the entry as it was', async () => {
    const core = await testCore();
    const entry = await callOk(core, 'experience:add', { organisation: 'Acme', title: 'Work', startMonth: '2021-01', endMonth: '2021-06' });
    const result = await core.call('experience:update', { ...stripComputed(entry), startMonth: '2021-09' });
    expect(result.ok ? null : result.error.details?.issues?.[0]?.path).toBe('endMonth');
    expect((await callOk(core, 'experience:list', {})).entries[0]).toMatchObject({ startMonth: '2021-01', monthsCovered: 6 });
    core.close();
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['hours below zero', { hours: -1 }, 'hours'],
    ['a completion date in the future', { completedOn: '2026-11-26' }, 'completedOn'],
    ['an evidence file that is not in the store', { evidenceId: 'evidence-gone' }, 'evidenceId'],
  ])('training with %s', async (_name, patch, field) => {
    const core = await testCore();
    const result = await core.call('training:add', { course: 'C', provider: 'P', hours: 3, completedOn: '2026-01-01', topic: 'PM education', ...patch });
    expect(result.ok ? null : result.error.details?.issues?.[0]?.path).toBe(field);
    expect((await callOk(core, 'training:list', {})).entries).toEqual([]);
    core.close();
  });

  it('an unknown track', async () => {
    const core = await testCore();
    for (const method of ['eligibility:get', 'applications:get'] as const) {
      const result = await core.call(method, { trackId: 'track-nope' });
      expect(result.ok ? null : result.error).toMatchObject({ code: 'not_found', details: { issues: [{ path: 'trackId', message: 'Unknown track' }] } });
    }
    core.close();
  });

  it('a GAC-accredited flag without a degree', async () => {
    const core = await testCore();
    const result = await core.call('profile:update', { educationLevel: 'secondary', gacAccredited: true });
    expect(result.ok ? null : result.error.details?.issues?.[0]?.path).toBe('gacAccredited');
    expect(await callOk(core, 'profile:get', {})).toEqual({ educationLevel: null, gacAccredited: false, updatedAt: null });
    core.close();
  });
});

describe('records', () => {
  it('offers the areas and topics of open tracks, and keeps evidence attached to training', async () => {
    const core = await testCore();
    await callOk(core, 'tracks:create', { certificationId: 'pmi-pmp' });
    await callOk(core, 'tracks:create', { certificationId: 'pmi-pgmp' });
    const entry = await callOk(core, 'experience:add', { organisation: 'A', title: 'T', startMonth: '2020-01', endMonth: null, areas: [' Leading   projects', 'leading projects', 'Research'] });
    expect(entry).toMatchObject({ areas: ['Leading projects', 'Research'], monthsCovered: 83 });
    const list = await callOk(core, 'experience:list', {});
    expect(list.areaOptions).toEqual([
      { area: 'leading projects', tracks: ['PMP'] },
      { area: 'program management', tracks: ['PgMP'] },
      { area: 'project management', tracks: ['PgMP'] },
      { area: 'Research', tracks: [] },
    ]);

    const file = await callOk(core, 'evidence:add', { fileName: 'certificate.pdf', mediaType: 'application/pdf', contentBase64: Buffer.from('%PDF cert').toString('base64') });
    const course = await callOk(core, 'training:add', { course: 'Boot camp', provider: 'Academy', hours: 35, completedOn: '2026-02-01', topic: 'PM education', evidenceId: file.id });
    expect(course.evidence).toEqual({ id: file.id, fileName: 'certificate.pdf' });
    expect((await callOk(core, 'evidence:list', {}))[0]?.usedBy).toEqual(['Training: Boot camp']);
    const refused = await core.call('evidence:remove', { id: file.id });
    expect(refused.ok ? null : refused.error.code).toBe('conflict');
    expect((await callOk(core, 'training:list', {})).topicOptions).toEqual([{ topic: 'PM education', tracks: ['PMP'] }]);
    await callOk(core, 'training:remove', { id: course.id });
    await callOk(core, 'evidence:remove', { id: file.id });
    core.close();
  });

  it('draws the timeline with overlaps and the months a track’s window counts', async () => {
    const core = await testCore();
    const track = await callOk(core, 'tracks:create', { certificationId: 'pmi-pmp' });
    await pmpPerson(core);
    await callOk(core, 'experience:add', { organisation: 'Old', title: 'Ancient', startMonth: '2015-01', endMonth: '2016-12', areas: [LEADING] });
    const plain = await callOk(core, 'experience:get-timeline', {});
    expect(plain).toMatchObject({ fromMonth: '2015-01', toMonth: '2026-11', window: null, overlaps: [{ fromMonth: '2022-01', toMonth: '2022-06' }] });
    expect(plain.choices).toEqual([{ trackId: track.id, requirementId: 'leading-projects', label: 'PMP: leading projects, the last 8 years' }]);
    const timeline = await callOk(core, 'experience:get-timeline', { trackId: track.id, requirementId: 'leading-projects' });
    expect(timeline.window).toMatchObject({
      fromMonth: '2018-12',
      toMonth: '2026-11',
      countedMonths: 36,
      counted: [
        { fromMonth: '2021-01', toMonth: '2022-12' },
        { fromMonth: '2025-12', toMonth: '2026-11' },
      ],
      needs: [
        { pathName: 'Four-year degree', months: 36 },
        { pathName: 'Secondary degree', months: 60 },
        { pathName: 'GAC-accredited degree', months: 24 },
      ],
    });
    expect(timeline.bars.find((b) => b.label === 'Ancient — Old')?.counts).toBe(false);
    expect(timeline.bars.find((b) => b.label === 'Mobile app — Gamma')).toMatchObject({ counts: true, ongoing: true, endMonth: '2026-11' });
    core.close();
  });
});

function stripComputed(entry: { monthsCovered: number; createdAt: string; updatedAt: string } & Record<string, unknown>) {
  const { monthsCovered: _m, createdAt: _c, updatedAt: _u, ...rest } = entry;
  return rest;
}

describe('the timeline', () => {
  it('names the field that does not match an open track’s experience requirement', async () => {
    const core = await testCore();
    const track = await callOk(core, 'tracks:create', { certificationId: 'pmi-pmp' });
    const unknownTrack = await core.call('experience:get-timeline', { trackId: 'track-nope' });
    expect(unknownTrack.ok ? null : unknownTrack.error.details?.issues).toEqual([{ path: 'trackId', message: 'Not an open track with an experience requirement' }]);
    const wrongRequirement = await core.call('experience:get-timeline', { trackId: track.id, requirementId: 'pm-education' });
    expect(wrongRequirement.ok ? null : wrongRequirement.error.details?.issues).toEqual([{ path: 'requirementId', message: 'Not an experience requirement of this track' }]);
    core.close();
  });
});
