import { daysBetween, plusDays } from '../../../src/main/core/domain/calendarDays';
import type { CeActivityDraft } from '../../../src/shared/schemas/ce';
import type { IsoDate } from '../../../src/shared/schemas/dates';
import type { CategoryProgress, Cycle, RenewalView } from '../../../src/shared/schemas/renewal';
import type { LoadSession } from './loadSession';
import type { SeededRandom } from './random';

export interface CeBudget {
  /** Activities to log for this credential over all its cycles. */
  activities: number;
  /** Of those, how many carry an evidence file. */
  withEvidence: number;
  /** Cycles to renew (approved, fee paid) before the open one. */
  renewals: number;
}

const PROVIDERS = ['PMI chapter', 'Online academy', 'Conference', 'Employer', 'Webinar series', 'University'];

/**
 * The credential's history, cycle by cycle through the contract: activities spread over each
 * cycle's counting window until its requirement is met, then the renewal recorded (approved, fee
 * paid), which opens the next cycle. The earned date is chosen so the wanted number of renewals
 * fits in the years before today and the open cycle is part-way through.
 */
export async function addCredentialHistory(
  session: LoadSession,
  random: SeededRandom,
  certificationId: string,
  budget: CeBudget,
): Promise<{ credentialId: string; renewals: number; activities: number }> {
  const today = session.today();
  // The cycle length is the catalog's; a probe credential tells it without reading the catalog's shape.
  const probe = await session.call('credentials:add', { certificationId, earnedOn: plusDays(today, -400) });
  const probeCycle = (await session.call('renewal:get', { credentialId: probe.id })).cycles[0];
  await session.call('credentials:remove', { id: probe.id });
  if (!probeCycle) throw new Error(`${certificationId} has no renewal cycle`);
  const cycleDays = daysBetween(probeCycle.start, probeCycle.end) + 1;
  const earnedOn = plusDays(today, -Math.round(cycleDays * (budget.renewals + random.int(30, 70) / 100)));

  const credential = await session.call('credentials:add', { certificationId, earnedOn, credentialNumber: `HP-${random.int(100000, 999999)}` });
  await session.call('renewal:skip-earned', { credentialId: credential.id });
  const cycles = budget.renewals + 1;
  let logged = 0;
  let evidenced = 0;
  let renewed = 0;
  for (let c = 0; c < cycles; c++) {
    const last = c === cycles - 1;
    let cycle = openCycle(await session.call('renewal:get', { credentialId: credential.id }));
    // A cycle is renewed before it ends (after the end it has lapsed): the clock goes to a few
    // weeks before its end for its activities and its renewal, and back to today for the open one.
    session.at(last ? today : minDay(plusDays(cycle.end, -random.int(3, 30)), today));
    const view = await session.call('renewal:get', { credentialId: credential.id });
    cycle = openCycle(view);
    const activities = Math.floor(budget.activities / cycles) + (c < budget.activities % cycles ? 1 : 0);
    const evidence = Math.floor(budget.withEvidence / cycles) + (c < budget.withEvidence % cycles ? 1 : 0);
    await logCycle(session, random, credential.id, view, cycle, { activities, evidence });
    logged += activities;
    evidenced += evidence;
    if (last) break;
    logged += await topUp(session, random, credential.id, cycle);
    const approvedOn = session.today();
    const submittedOn = plusDays(approvedOn, -random.int(0, 10));
    await session.call('renewal:record', { credentialId: credential.id, submittedOn, approvedOn, feePaid: true });
    renewed++;
  }
  session.at(today);
  if (evidenced !== budget.withEvidence) throw new Error('evidence budget not spent');
  return { credentialId: credential.id, renewals: renewed, activities: logged };
}

function openCycle(view: RenewalView): Cycle {
  const cycle = view.cycles.find((c) => c.state === 'open');
  if (!cycle) throw new Error(`${view.credential.acronym} has no open cycle`);
  return cycle;
}

function minDay(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}

function categoriesOf(view: RenewalView): CategoryProgress[] {
  return (view.progress?.groups ?? []).flatMap((g) => g.categories);
}

/** Activities spread evenly over the part of the cycle's window that has happened. */
async function logCycle(
  session: LoadSession,
  random: SeededRandom,
  credentialId: string,
  view: RenewalView,
  cycle: Cycle,
  counts: { activities: number; evidence: number },
): Promise<void> {
  const categories = categoriesOf(view);
  if (categories.length === 0) throw new Error(`${view.credential.acronym} has no CE categories`);
  const until = minDay(cycle.countsUntil, plusDays(session.today(), -1));
  const span = Math.max(0, daysBetween(cycle.countsFrom, until));
  const required = view.progress?.required ?? 30;
  // About 1.3 times the requirement in all, as people log more than they strictly need.
  const units = Math.max(0.5, Math.round((required * 1.3 * 2) / Math.max(1, counts.activities)) / 2);
  // Evidence on every k-th activity of the cycle.
  const every = counts.evidence > 0 ? Math.max(1, Math.floor(counts.activities / counts.evidence)) : 0;
  let attached = 0;
  const drafts: CeActivityDraft[] = [];
  for (let i = 0; i < counts.activities; i++) {
    // Categories with a minimum first, so the cycle can be renewed; then any category.
    const withMinimum = categories.filter((c) => (c.min ?? 0) > 0);
    const category = withMinimum.length > 0 && random.chance(0.6) ? random.pick(withMinimum) : random.pick(categories);
    const evidenceIds: string[] = [];
    if (every > 0 && attached < counts.evidence && i % every === 0) {
      evidenceIds.push(await addEvidence(session, random, credentialId, i));
      attached++;
    }
    const date = minDay(plusDays(cycle.countsFrom, Math.round((span * (i + random.next())) / Math.max(1, counts.activities))), until);
    drafts.push({
      date,
      title: `${random.pick(['Webinar', 'Course', 'Conference talk', 'Workshop', 'Reading', 'Volunteering'])} ${i + 1}`,
      provider: random.pick(PROVIDERS),
      units,
      categoryId: category.id,
      activityTypeId: category.activityTypes.length > 0 ? random.pick(category.activityTypes).id : null,
      credentialIds: [credentialId],
      evidenceIds,
      notes: '',
    });
  }
  session.logCeActivities(drafts, { share: 'required' });
}

/** Whatever the cycle still lacks (minimums, caps, yearly minimums), logged until it can be renewed. */
async function topUp(session: LoadSession, random: SeededRandom, credentialId: string, cycle: Cycle): Promise<number> {
  let logged = 0;
  for (let round = 0; round < 6; round++) {
    const view = await session.call('renewal:get', { credentialId });
    if (view.renewal.allowed) return logged;
    const categories = categoriesOf(view);
    const short = categories.filter((c) => c.stillNeeded > 0);
    const open = categories.filter((c) => c.max === null);
    const targets = short.length > 0 ? short : [random.pick(open.length > 0 ? open : categories)];
    const year = view.progress?.years.find((y) => y.stillNeeded > 0);
    const from = year ? year.start : cycle.countsFrom;
    const until = minDay(year ? year.end : cycle.countsUntil, plusDays(session.today(), -1));
    logged += targets.length;
    session.logCeActivities(
      targets.map((category) => ({
        date: plusDays(from, random.int(0, Math.max(0, daysBetween(from, until)))),
        title: 'Catch-up course',
        provider: random.pick(PROVIDERS),
        units: Math.min(1000, Math.max(1, Math.ceil(category.stillNeeded || view.progress?.stillNeeded || year?.stillNeeded || 1))),
        categoryId: category.id,
        activityTypeId: category.activityTypes[0]?.id ?? null,
        credentialIds: [credentialId],
      })),
      { share: 'required' },
    );
  }
  const view = await session.call('renewal:get', { credentialId });
  if (!view.renewal.allowed) throw new Error(`${view.credential.acronym}: cannot renew the cycle from ${cycle.start}: ${view.renewal.reason}`);
  return logged;
}

async function addEvidence(session: LoadSession, random: SeededRandom, credentialId: string, index: number): Promise<string> {
  const serial = random.int(100000, 999999);
  // Distinct bytes (the credential's id is unique), so each is its own file in the content-addressed store.
  const body = `%PDF-1.4\n% heavy profile certificate ${credentialId} ${index} ${serial}\n%%EOF\n`;
  const file = await session.call('evidence:add', {
    fileName: `certificate-${serial}.pdf`,
    mediaType: 'application/pdf',
    contentBase64: Buffer.from(body).toString('base64'),
  });
  return file.id;
}

/**
 * Above scale 1: more activities in the cycles the credential already has, in one batch. Renewal
 * cycle by cycle costs one full evaluation per step (the cost the bench measures), which at 16×
 * would take most of an hour; the cycles and renewals are the structure, the same at every scale.
 */
export async function addMoreActivities(session: LoadSession, random: SeededRandom, credentialId: string, count: number): Promise<number> {
  if (count <= 0) return 0;
  const view = await session.call('renewal:get', { credentialId });
  const categories = categoriesOf(view);
  const yesterday = plusDays(session.today(), -1);
  const windows = view.cycles
    .map((c) => ({ from: c.countsFrom, until: minDay(c.countsUntil, yesterday) }))
    .filter((w) => w.from <= w.until);
  if (windows.length === 0 || categories.length === 0) throw new Error(`${view.credential.acronym} has no cycle to add activities to`);
  const drafts: CeActivityDraft[] = [];
  for (let i = 0; i < count; i++) {
    const window = random.pick(windows);
    const category = random.pick(categories);
    drafts.push({
      date: plusDays(window.from, random.int(0, daysBetween(window.from, window.until))),
      title: `${random.pick(['Podcast', 'Article', 'Meetup', 'Course module', 'Webinar'])} ${i + 1}`,
      provider: random.pick(PROVIDERS),
      units: random.int(1, 4) / 2,
      categoryId: category.id,
      activityTypeId: category.activityTypes.length > 0 ? random.pick(category.activityTypes).id : null,
      credentialIds: [credentialId],
    });
  }
  session.logCeActivities(drafts, { share: 'required' });
  return count;
}
