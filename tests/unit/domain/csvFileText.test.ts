import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/createCore';
import { decodeCsvBytes, detectCsvSeparator, readCsvFile } from '../../../src/main/core/domain/csvFileText';
import { callOk, testCore } from '../../support/core';

const TEXT = 'Date;Provider;Total\r\n2026-11-05;Prüfungstrainer Müller;68\r\n2026-11-19;Café Übung;74\r\n';

const utf16le = (text: string) => Buffer.from(text, 'utf16le');
const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();
/** Windows-1252 for Latin-1 letters is the Latin-1 byte itself. */
const windows1252 = (text: string) => Buffer.from(text, 'latin1');

describe('reading a CSV file’s bytes', () => {
  it.each([
    ['UTF-8 without a mark', Buffer.from(TEXT, 'utf8'), 'utf-8'],
    ['UTF-8 with a byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]), 'utf-8-bom'],
    ['UTF-16 LE with a mark (Excel “Unicode text”)', Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le(TEXT)]), 'utf-16le'],
    ['UTF-16 LE without a mark', utf16le(TEXT), 'utf-16le'],
    ['UTF-16 BE with a mark', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(TEXT)]), 'utf-16be'],
    ['Windows-1252 / Latin-1', windows1252(TEXT), 'windows-1252'],
  ])('decodes %s', (_label, bytes, encoding) => {
    expect(decodeCsvBytes(bytes)).toEqual({ text: TEXT, encoding });
  });

  it('tells the person once, for the whole file, how it was read', () => {
    expect(readCsvFile(windows1252(TEXT)).note).toBe('This file was read as Windows-1252 / Latin-1 (Western European) text, with columns separated by semicolons.');
    expect(readCsvFile(Buffer.from(TEXT)).note).toBe('This file has columns separated by semicolons.');
    expect(readCsvFile(Buffer.from('a,b\n1,2\n')).note).toBeNull();
  });

  it.each([
    ['a,b,c\n1,2,3', ','],
    ['a;b;c\n1,5;2,5;3', ';'],
    ['a\tb\n1\t2', '\t'],
    ['a|b|c\n1|2|3', '|'],
    ['"x;y",b\n"1;2",3', ','],
    ['single column\nvalue', ','],
  ])('detects the separator of %j', (text, separator) => expect(detectCsvSeparator(text)).toBe(separator));
});

describe('the practice-results import', () => {
  let core: Core;
  afterEach(() => core.close());

  it('reads a Windows-1252 file with semicolons, saying so once instead of failing every row', async () => {
    core = await testCore();
    const trackId = (await callOk(core, 'tracks:create', { certificationId: 'pmi-pmp' })).id;
    const csvBase64 = windows1252(TEXT).toString('base64');
    const preview = await callOk(core, 'practice:preview-import', { trackId, csvBase64 });
    expect(preview.fileNote).toMatch(/Windows-1252.*semicolons/);
    expect(preview.columns).toEqual(['Date', 'Provider', 'Total']);
    expect(preview).toMatchObject({ validCount: 2, invalidCount: 0 });
    expect(preview.rows[1]?.result?.source).toBe('Café Übung');
    const imported = await callOk(core, 'practice:import', { trackId, csvBase64, mapping: preview.mapping });
    expect(imported.imported).toBe(2);
  });

  it('wants the file exactly once', async () => {
    core = await testCore();
    const trackId = (await callOk(core, 'tracks:create', { certificationId: 'pmi-pmp' })).id;
    const both = await core.call('practice:preview-import', { trackId, csvText: 'a', csvBase64: 'YQ==' });
    expect(both.ok ? null : both.error.details?.issues?.[0]?.path).toBe('csvBase64');
    const neither = await core.call('practice:preview-import', { trackId });
    expect(neither.ok ? null : neither.error.code).toBe('invalid_input');
  });
});
