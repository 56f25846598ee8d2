import { base64ToBytes } from './readFile';

/**
 * Offers a file the core produced (a CSV, an HTML pack, a zip, an .ics) for saving. In the browser
 * this is a download; in the desktop app the shell turns the same download into a save dialog.
 */
export function saveFile(fileName: string, mediaType: string, content: { text: string } | { base64: string } | { blob: Blob }): void {
  const blob =
    'blob' in content
      ? content.blob
      : 'text' in content
        ? new Blob([content.text], { type: mediaType })
        : new Blob([base64ToBytes(content.base64)], { type: mediaType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
