import type { Session } from 'electron';

/**
 * The renderer saves exports through `<a download>` on a Blob URL; Electron then shows its save
 * dialog, which this leaves in place. Downloads of anything else (a remote URL slipped into a
 * link) are cancelled: the app has no business fetching files from the network.
 */
export function allowOnlyLocalDownloads(session: Session): void {
  session.on('will-download', (event, item) => {
    if (!isLocalDownloadUrl(item.getURL())) {
      event.preventDefault();
      return;
    }
    item.setSaveDialogOptions({ title: 'Save export' });
  });
}

export function isLocalDownloadUrl(url: string): boolean {
  return url.startsWith('blob:') || url.startsWith('data:');
}
