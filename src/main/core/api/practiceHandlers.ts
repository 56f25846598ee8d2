import type { PracticeService } from '../services/practiceService';
import type { AreaHandlers } from './handlers';
import { invalidField } from '../errors';
import { type CsvFileText, readCsvFile, readCsvText } from '../domain/csvFileText';
import { MAX_CSV_CHARS } from '../../../shared/schemas/practice';

/** The uploaded file, decoded once: its bytes (encoding detected) or text already decoded. */
function readCsvSource({ csvText, csvBase64 }: { csvText?: string | undefined; csvBase64?: string | undefined }): CsvFileText {
  const file = csvBase64 !== undefined ? readCsvFile(Buffer.from(csvBase64, 'base64')) : readCsvText(csvText ?? '');
  if (file.text.length > MAX_CSV_CHARS) throw invalidField('csvBase64', 'The file is larger than 1 MB of text');
  if (file.text.trim() === '') throw invalidField(csvBase64 !== undefined ? 'csvBase64' : 'csvText', 'The file is empty');
  return file;
}

export function practiceHandlers(
  practice: PracticeService,
): AreaHandlers<'practice:list' | 'practice:add' | 'practice:remove' | 'practice:preview-import' | 'practice:import'> {
  return {
    'practice:list': ({ trackId }) => practice.list(trackId),
    'practice:add': (input) => practice.add(input),
    'practice:remove': ({ id }) => practice.remove(id),
    'practice:preview-import': ({ trackId, mapping, dateOrder, ...file }) => practice.previewImport(trackId, readCsvSource(file), mapping, dateOrder),
    'practice:import': ({ csvText, csvBase64, ...input }) => practice.import({ ...input, csv: readCsvSource({ csvText, csvBase64 }) }),
  };
}
