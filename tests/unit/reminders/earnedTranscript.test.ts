import { describe, expect, it } from 'vitest';
import { matchCategory, readTranscriptRows, suggestTranscriptMapping } from '../../../src/main/core/domain/fairStart/earnedTranscript';
import { parseCsv } from '../../../src/main/core/domain/practiceCsv';
import { PMP } from '../domain/fixtures';

const categories = PMP.groups.flatMap((g) => g.categories.map((c) => ({ id: c.id, name: c.name, groupName: g.name, kinds: c.activityTypes })));

describe('reading a CCRS-style transcript', () => {
  it('guesses the columns from the headers', () => {
    expect(suggestTranscriptMapping(['Claim Date', 'Activity Title', 'Provider Name', 'Talent Triangle', 'PDUs Claimed', 'Status'])).toEqual({
      date: 'Claim Date',
      title: 'Activity Title',
      provider: 'Provider Name',
      units: 'PDUs Claimed',
      category: 'Talent Triangle',
      activityType: null,
    });
  });

  it('maps category texts, including PMI’s former Talent Triangle names, and says when it cannot', () => {
    expect(matchCategory('Education - Power Skills', categories)).toBe('power-skills');
    expect(matchCategory('Technical', categories)).toBe('ways-of-working');
    expect(matchCategory('Strategic and Business Management', categories)).toBe('business-acumen');
    expect(matchCategory('Giving Back - Volunteering', categories)).toBe('volunteering-and-content');
    expect(matchCategory('Cooking', categories)).toBeNull();
  });

  it('reads each line with its number and the problems of reading it; a chosen category mapping wins', () => {
    const parsed = parseCsv('Date,Title,Category,PDUs\n2025-03-10,Agile,Cooking,12\n03/04/2025,Negotiation,Leadership,lots\n');
    const mapping = suggestTranscriptMapping(parsed.columns);
    const rows = readTranscriptRows(parsed, mapping, { Cooking: 'business-acumen' }, categories);
    expect(rows.map((r) => [r.line, r.categoryId, r.units, r.problems])).toEqual([
      [2, 'business-acumen', 12, []],
      [3, 'power-skills', null, ['Date “03/04/2025” is not a date Certplan can read (use 2026-03-14 or 14 Mar 2026)', 'Units “lots” is not a number']],
    ]);
  });
});
