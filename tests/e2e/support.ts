import type { App } from './fixtures';

/** A long unbroken word, as names pasted from elsewhere sometimes are: it must wrap, not overflow. */
export const LONG_WORD = 'Internationalisierungsprojektmanagementzertifizierungsprogrammverantwortlichenausbildung';

export interface Seeded {
  trackId: string;
  credentialId: string;
  longCredentialId: string;
}

async function ok<T>(app: App, method: string, input: unknown): Promise<T> {
  const result = await app.host.call<T>(method, input);
  if (!result.body.ok) throw new Error(`${method}: ${result.body.error.message}`);
  return result.body.data;
}

/**
 * A person a few weeks in: education, experience (one entry with a very long title), training
 * with a certificate, a PMP track with a plan, sessions and practice results, a PMP credential
 * with CE activities, and a credential with a long unbroken name — every screen has content.
 */
export async function seedPerson(app: App): Promise<Seeded> {
  await ok(app, 'settings:update', { patch: { guidedStart: { goal: 'both', steps: { credential: 'done' }, trackId: null, credentialId: null, closed: false } } });
  await ok(app, 'profile:update', { educationLevel: 'bachelor' });
  await ok(app, 'experience:add', { organisation: 'Acme', title: `${LONG_WORD} rollout`, startMonth: '2021-01', endMonth: '2022-06', areas: ['leading projects'], description: LONG_WORD });
  await ok(app, 'experience:add', { organisation: 'Gamma', title: 'Mobile app', startMonth: '2022-01', endMonth: null, areas: [] });
  const file = await ok<{ id: string }>(app, 'evidence:add', { fileName: `${LONG_WORD}.pdf`, mediaType: 'application/pdf', contentBase64: Buffer.from('%PDF').toString('base64') });
  await ok(app, 'training:add', { course: 'Boot camp', provider: 'Academy', hours: 28, completedOn: '2025-03-14', topic: 'PM education', evidenceId: file.id });
  const track = await ok<{ id: string }>(app, 'tracks:create', { certificationId: 'pmi-pmp' });
  await ok(app, 'prep:setup', { trackId: track.id, examDate: '2027-02-17', goalMinutes: 7200, availability: [60, 60, 60, 60, 60, 240, 120], selfRatings: [{ domainId: 'process', rating: 2 }] });
  await ok(app, 'sessions:add', { trackId: track.id, date: '2026-11-24', minutes: 50, domainId: 'people', notes: LONG_WORD });
  await ok(app, 'practice:add', { trackId: track.id, date: '2026-11-12', source: 'Simulator A', totalPercent: 62, domainScores: [{ domainId: 'people', percent: 66 }] });
  await ok(app, 'practice:add', { trackId: track.id, date: '2026-11-22', source: 'Simulator A', totalPercent: 69, domainScores: [{ domainId: 'people', percent: 72 }] });
  await ok(app, 'prep:add-break', { trackId: track.id, kind: 'pause', startDate: '2026-12-21', endDate: '2027-01-03', label: 'Holiday' });
  const pmp = await ok<{ id: string }>(app, 'credentials:add', { certificationId: 'pmi-capm', earnedOn: '2024-09-10', credentialNumber: '1234567' });
  await ok(app, 'ce:log', { date: '2026-02-14', title: 'Agile leadership webinar', units: 10, categoryId: 'ways-of-working', credentialIds: [pmp.id], evidenceIds: [] });
  const long = await ok<{ id: string }>(app, 'credentials:add', { certificationId: null, name: LONG_WORD, acronym: 'LONG', body: 'Verband', earnedOn: '2025-01-15' });
  return { trackId: track.id, credentialId: pmp.id, longCredentialId: long.id };
}
