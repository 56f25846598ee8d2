import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { neutraliseCsvCell, renderCsv } from '../../../src/main/core/services/csvExport';
import { displayFileName } from '../../../src/shared/fileNames';

describe('CSV cells a spreadsheet would run as a formula', () => {
  it.each([
    ['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
    ['+1+1', `'+1+1`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tcmd', `'\tcmd`],
    ['\rcmd', `'\rcmd`],
    ['   =1+1', `'   =1+1`],
    // papaparse's escapeFormulae misses these: its pattern stops at the first line break.
    ['=1+1\nsecond line', `'=1+1\nsecond line`],
    ['\n=cmd|"/c calc"!A1', `'\n=cmd|"/c calc"!A1`],
  ])('neutralises %j', (cell, expected) => expect(neutraliseCsvCell(cell)).toBe(expected));

  it.each(['Agile basics', 'e-mail', 'PMI®', ''])('leaves %j alone', (cell) => expect(neutraliseCsvCell(cell)).toBe(cell));

  it('keeps numbers numbers, negative ones included', () => {
    expect(neutraliseCsvCell(-5)).toBe(-5);
    expect(neutraliseCsvCell(null)).toBe('');
  });

  it('applies to every column, with a BOM and CRLF, and reads back as the text', () => {
    const csv = renderCsv(['a', 'b'] as const, [{ a: '=1', b: 'line one\n@two' }, { a: 3, b: null }]);
    expect(csv.startsWith('\uFEFFa,b\r\n')).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(rows).toEqual([['a', 'b'], ["'=1", "line one\n@two"], ['3', '']]);
  });
});

describe('file names shown to the person', () => {
  it('drop bidirectional controls and control characters', () => {
    expect(displayFileName('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
    expect(displayFileName('a\u2066b\u2069c\u200f\u0007.pdf')).toBe('abc.pdf');
    expect(displayFileName('Zertifikat Müller.pdf')).toBe('Zertifikat Müller.pdf');
  });
});
