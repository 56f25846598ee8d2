import { extname } from 'node:path';

/** Lower-case ASCII words joined by dashes, for file names an auditor can read on any system. */
export function slugify(text: string, maxLength = 40): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, maxLength).replace(/-+$/g, '');
}

/**
 * The name an evidence file gets inside the packet: the activity's number as in the summary, its
 * date and title, then the original file name, e.g.
 * `evidence/03-2026-02-14-agile-leadership-webinar-certificate.pdf`. `taken` makes names unique.
 */
export function evidenceEntryName(
  activity: { number: number; date: string; title: string },
  originalName: string,
  taken: Set<string>,
): string {
  const extension = extname(originalName).toLowerCase().replace(/[^.a-z0-9]/g, '');
  const stem = slugify(originalName.slice(0, originalName.length - extname(originalName).length), 30) || 'file';
  const base = `evidence/${String(activity.number).padStart(2, '0')}-${activity.date}-${slugify(activity.title) || 'activity'}-${stem}`;
  let name = `${base}${extension}`;
  for (let n = 2; taken.has(name); n++) name = `${base}-${n}${extension}`;
  taken.add(name);
  return name;
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch);
}
