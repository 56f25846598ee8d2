import { describe, expect, it } from 'vitest';
import { detectDateOrder } from '../../../src/main/core/domain/csvDates';
import { missingRequired, parseCsv, readDate, readPercent, readRows, suggestMapping } from '../../../src/main/core/domain/practiceCsv';

const DOMAINS = [
  { id: 'people', name: 'People' },
  { id: 'process', name: 'Process' },
  { id: 'business-environment', name: 'Business Environment' },
];
const TODAY = '2026-11-25';

describe('reading a practice-results CSV', () => {
  it('finds the columns and suggests a mapping from their names', () => {
    const parsed = parseCsv('Taken on,Provider,Overall %,People %,Process %,BE score\n2026-11-01,A,70,71,72,73\n');
    expect(parsed.columns).toEqual(['Taken on', 'Provider', 'Overall %', 'People %', 'Process %', 'BE score']);
    expect(suggestMapping(parsed.columns, DOMAINS)).toEqual({
      date: 'Taken on',
      source: 'Provider',
      total: 'Overall %',
      domains: [
        { domainId: 'people', column: 'People %' },
        { domainId: 'process', column: 'Process %' },
        { domainId: 'business-environment', column: null },
      ],
    });
  });

  it('gives each row its line number, skipping blank lines and following quoted line breaks', () => {
    const parsed = parseCsv('Date,Source,Total\r\n2026-11-01,A,70\r\n\r\n2026-11-02,"B\nsecond line",80\r\n2026-11-03,C,90\r\n');
    expect(parsed.rows.map((r) => r.line)).toEqual([2, 4, 6]);
  });

  it('makes repeated headers unique and names empty ones', () => {
    expect(parseCsv('Score,Score,\n1,2,3').columns).toEqual(['Score', 'Score (2)', 'Column 3']);
  });

  it('refuses a file without a header row', () => {
    expect(parseCsv('\n\n').problem).toBe('The file has no header row');
  });

  it('says which required column has no mapping', () => {
    const mapping = { date: null, source: null, total: 'Total', domains: [] };
    expect(missingRequired(mapping, ['Total']).map((m) => m.field)).toEqual(['date']);
    expect(missingRequired({ ...mapping, date: 'When', total: 'Gone' }, ['When', 'Total']).map((m) => m.field)).toEqual(['total']);
  });

  it('lists every row that cannot be imported with its line number and reasons', () => {
    const parsed = parseCsv(
      [
        'Date,Source,Total,People',
        '2026-11-01,Sim A,70,75',
        '2026-13-01,Sim A,70,',
        '2026-11-02,Sim A,112,80',
        '2026-11-03,,-4,abc',
        '2026-12-01,Sim A,70,70',
        '2026-11-01,sim a,70,',
      ].join('\n'),
    );
    const mapping = { date: 'Date', source: 'Source', total: 'Total', domains: [{ domainId: 'people', column: 'People' }] };
    const rows = readRows(parsed, mapping, DOMAINS, TODAY, []);
    expect(rows.map((r) => [r.line, r.ok, r.problems])).toEqual([
      [2, true, []],
      [3, false, ['“2026-13-01” is not a real date']],
      [4, false, ['The total 112 is above 100']],
      [5, false, ['The total -4 is below 0', 'People “abc” is not a number']],
      [6, false, ['The date 2026-12-01 is in the future']],
      [7, false, ['Already recorded (same date, source and total)']],
    ]);
    expect(rows[0]?.result).toEqual({ date: '2026-11-01', source: 'Sim A', totalPercent: 70, domainScores: [{ domainId: 'people', percent: 75 }] });
  });

  it('flags rows already stored and names a missing source', () => {
    const parsed = parseCsv('Date,Total\n2026-11-01,70\n2026-11-02,80');
    const rows = readRows(parsed, { date: 'Date', source: null, total: 'Total', domains: [] }, DOMAINS, TODAY, [
      { date: '2026-11-01', source: 'CSV import', totalPercent: 70 },
    ]);
    expect(rows.map((r) => r.ok)).toEqual([false, true]);
    expect(rows[1]?.result?.source).toBe('CSV import');
  });

  it.each([
    ['2026-11-25', '2026-11-25'],
    ['2026/11/25', '2026-11-25'],
    ['25 Nov 2026', '2026-11-25'],
    ['November 25, 2026', '2026-11-25'],
    ['2026-11-25T09:30:00Z', '2026-11-25'],
    ['11/25/2026', null],
    ['2026-02-30', null],
    ['', null],
  ])('reads the date %j as %j', (text, date) => {
    expect(readDate(text)).toBe(date);
  });

  it.each([
    ['11/10/2026', 'month-first', '2026-11-10'],
    ['11/10/2026', 'day-first', '2026-10-11'],
    ['25.11.26', 'day-first', '2026-11-25'],
    ['02/30/2026', 'month-first', null],
    ['2026-11-25', 'day-first', '2026-11-25'],
  ] as const)('reads the numeric date %j %s as %j', (text, order, date) => {
    expect(readDate(text, order)).toBe(date);
  });

  it.each([
    [['11/25/2026', '11/10/2026'], 'month-first', '11/25/2026'],
    [['25/11/2026', '10/11/2026'], 'day-first', '25/11/2026'],
    [['03/04/2026', '05/06/2026'], null, null],
    [['2026-11-01'], null, null],
  ] as const)('detects the date order of %j as %s', (values, order, example) => {
    expect(detectDateOrder(values)).toMatchObject({ order, example, conflicting: false });
  });

  it('notices a file that writes dates both ways', () => {
    expect(detectDateOrder(['25/11/2026', '11/25/2026'])).toMatchObject({ order: null, conflicting: true, numeric: true });
  });

  it('keeps the raw values of the mapped columns and says why an ambiguous date is not read', () => {
    const parsed = parseCsv('Date,Source,Total,Notes\n03/04/2026,Sim,71%,x\n');
    const [row] = readRows(parsed, { date: 'Date', source: 'Source', total: 'Total', domains: [] }, DOMAINS, TODAY, []);
    expect(row?.raw).toEqual([
      { column: 'Date', value: '03/04/2026' },
      { column: 'Source', value: 'Sim' },
      { column: 'Total', value: '71%' },
    ]);
    expect(row?.problems).toEqual(['“03/04/2026” could be day first or month first: choose how this file writes dates']);
    expect(readRows(parsed, { date: 'Date', source: 'Source', total: 'Total', domains: [] }, DOMAINS, TODAY, [], 'day-first')[0]?.result?.date).toBe('2026-04-03');
  });

  it.each([
    ['78', 78, null],
    ['78%', 78, null],
    ['78,5 %', 78.5, null],
    ['', null, null],
    ['101', null, 'Total 101 is above 100'],
    ['-1', null, 'Total -1 is below 0'],
    ['n/a', null, 'Total “n/a” is not a number'],
  ])('reads the score %j', (text, value, problem) => {
    expect(readPercent(text, 'Total')).toEqual({ value, problem });
  });
});
