import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, type Session, session } from 'electron';
import { denyAllPermissions } from './security';
import { lockDownWebContents } from './window';

/** An in-memory session of its own, so the print page shares no cookies or cache with the app. */
const PRINT_PARTITION = 'certplan-print';
/** The temporary files being printed right now; the print session may load only these. */
const printableUrls = new Set<string>();
let printSession: Session | null = null;

/**
 * Renders HTML the core produced (an audit packet, a plan) to an A4 PDF in a hidden window with
 * JavaScript off. The HTML goes through a temporary file rather than a data: URL, which Chromium
 * caps at 2 MB. The page may load nothing but that file and inline data: resources, so a link in
 * imported data cannot reach the network.
 */
export async function printToPdf(html: string): Promise<Uint8Array> {
  const folder = await mkdtemp(join(tmpdir(), 'certplan-print-'));
  const file = join(folder, 'document.html');
  const fileUrl = pathToFileURL(file).href;
  let window: BrowserWindow | null = null;
  try {
    printableUrls.add(fileUrl);
    await writeFile(file, html, 'utf8');
    window = new BrowserWindow({
      show: false,
      width: 794,
      height: 1123,
      webPreferences: {
        session: getPrintSession(),
        sandbox: true,
        javascript: false,
        contextIsolation: true,
        nodeIntegration: false,
        webviewTag: false,
        spellcheck: false,
      },
    });
    lockDownWebContents(window.webContents, null, () => Promise.resolve());
    await window.loadURL(fileUrl);
    return await window.webContents.printToPDF({ printBackground: true, pageSize: 'A4' });
  } finally {
    window?.destroy();
    printableUrls.delete(fileUrl);
    await rm(folder, { recursive: true, force: true });
  }
}

function getPrintSession(): Session {
  if (printSession) return printSession;
  printSession = session.fromPartition(PRINT_PARTITION);
  denyAllPermissions(printSession);
  // Electron keeps one onBeforeRequest listener per session, so it is installed once and reads
  // the set of files being printed.
  printSession.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) => {
    callback({ cancel: !(printableUrls.has(details.url) || details.url.startsWith('data:')) });
  });
  return printSession;
}
