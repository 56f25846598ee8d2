import { expect, it } from 'vitest';
import { plusDays } from '../../src/main/core/domain/calendarDays';
import { generatePlan } from '../../src/main/core/domain/studyPlan/generatePlan';
import { replan } from '../../src/main/core/domain/studyPlan/replan';
import type { PlanInput } from '../../src/main/core/domain/studyPlan/types';
import { callOk, testCore } from '../support/core';
import { formatTable, measure } from './harness';

const TODAY = '2026-11-25';
const DOMAINS = [15, 15, 13, 13, 12, 12, 10, 10].map((weight, i) => ({ id: `domain-${i + 1}`, name: `Domain ${i + 1}`, weight }));

/** 26 weeks to an exam with eight domains, 16 h 30 min a week available, a 250 h goal. */
const INPUT: PlanInput = {
  rules: { domains: DOMAINS, durationMinutes: 240 },
  settings: {
    startedOn: TODAY,
    examDate: plusDays(TODAY, 26 * 7),
    goalMinutes: 250 * 60,
    availability: [90, 90, 90, 90, 90, 240, 180],
    sessionMinutes: 45,
    reviewDays: null,
    breaks: [{ startDate: '2026-12-21', endDate: '2027-01-03', label: 'Holiday' }],
    selfRatings: DOMAINS.map((d, i) => ({ domainId: d.id, rating: (i % 5) + 1 })),
  },
  sessions: [],
  practice: [],
  today: TODAY,
};

it('plan generation and re-planning (median of repeated runs)', async () => {
  const first = replan(null, INPUT);
  const stored = first.plan.items.map((item) => ({ ...item, id: `t:${item.date}:${item.seq}` }));
  // Skip ahead until at least 50 planned sessions have passed without being done.
  let skip = 1;
  while (stored.filter((i) => i.date < plusDays(TODAY, skip)).length < 50) skip += 1;
  const later = { ...INPUT, today: plusDays(TODAY, skip) };
  const missedCount = stored.filter((i) => i.date < later.today).length;
  const missed = replan({ basis: first.basis, items: stored, changes: first.changes }, later);
  expect(missed.changes[0]).toMatch(/^5\d missed sessions/);

  const core = await testCore();
  const track = await callOk(core, 'tracks:create', { certificationId: 'pmi-pmp' });
  const setup = { trackId: track.id, examDate: INPUT.settings.examDate, goalMinutes: INPUT.settings.goalMinutes, availability: INPUT.settings.availability };

  const rows = [
    await measure(`generate a 26-week, 8-domain plan (${first.plan.items.length} sessions)`, () => generatePlan(INPUT)),
    await measure(`re-plan after ${missedCount} missed sessions`, () => replan({ basis: first.basis, items: stored, changes: first.changes }, later)),
    await measure('prep:setup through the core (validate, plan, store in SQLite)', () => callOk(core, 'prep:setup', setup), 15, 3),
  ];
  core.close();
  console.log(`\n${formatTable('Exam preparation planner', rows)}\n`);
});
