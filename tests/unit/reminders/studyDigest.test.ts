import { describe, expect, it } from 'vitest';
import { studyDigests } from '../../../src/main/core/domain/reminders/studyDigest';

describe('studyDigests', () => {
  const day = (trackId: string, acronym: string, date: string, minutes: number, topics: string[]) => ({ key: `study-session:${trackId}:${date}`, date, trackId, study: { minutes, topics, acronym } });

  it('makes one morning reminder a day across tracks: total time and what it covers', () => {
    const digests = studyDigests([day('t1', 'PMP', '2026-12-01', 45, ['Process']), day('t2', 'PMI-ACP', '2026-12-01', 30, ['People', 'Process']), day('t1', 'PMP', '2026-12-02', 60, ['Review'])], [0]);
    expect(digests).toEqual([
      { key: 'study-day:2026-12-01', kind: 'study-session', date: '2026-12-01', title: 'Today: 1 h 15 min — Process, People', detail: 'PMP: 45 min (Process); PMI-ACP: 30 min (People, Process)', trackId: null, credentialId: null },
      expect.objectContaining({ key: 'study-day:2026-12-02', title: 'Today: 1 h — Review', trackId: 't1' }),
    ]);
  });

  it('names the day when the person wants the notice earlier than the morning of', () => {
    expect(studyDigests([day('t1', 'PMP', '2026-12-01', 45, ['Process'])], [1])[0]?.title).toBe('12/01/2026: 45 min — Process');
  });
});
