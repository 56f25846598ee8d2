import { type AnkiCollection, readAnkiCollection } from './ankiCollection';
import { type AnkiFormat, type PackageMedia, openAnkiPackage } from './ankiPackage';
import { type CsvTable, readCsvTable } from './csvTable';
import { ImportFileError, type TimeSlicer } from './timeSlicer';
import { looksLikeZip } from './zipEntries';

/**
 * An import file read into plain data: an Anki package's collection (note types, decks, notes,
 * cards, review log) and media, or a CSV/TSV's rows. This is the heavy part of an import —
 * unzipping, Zstandard decoding, opening the SQLite copy, decoding text — and it is the same code
 * whether it runs in the import worker thread (importWorker.ts, the desktop app and the web host)
 * or in slices in the core's own thread (importReader.ts says which).
 */
export type ImportFile =
  | { kind: 'anki'; fileName: string; format: AnkiFormat; media: Map<string, PackageMedia>; collection: AnkiCollection }
  | { kind: 'csv'; fileName: string; table: CsvTable };

export async function parseImportFile(fileName: string, bytes: Uint8Array, slicer: TimeSlicer): Promise<ImportFile> {
  if (looksLikeZip(bytes)) {
    const pkg = await openAnkiPackage(fileName, bytes, slicer);
    const collection = await readAnkiCollection(`${fileName} › collection.${pkg.format}`, pkg.collection, slicer);
    return { kind: 'anki', fileName, format: pkg.format, media: pkg.media, collection };
  }
  if (/\.(csv|tsv|txt)$/i.test(fileName)) return { kind: 'csv', fileName, table: await readCsvTable(fileName, bytes, slicer) };
  if (/\.(apkg|colpkg)$/i.test(fileName)) throw new ImportFileError(fileName, 'This is not a zip archive, so not an Anki package (.apkg)');
  throw new ImportFileError(fileName, 'Certplan imports Anki packages (.apkg) and CSV or TSV files (front, back, domain, tags)');
}
