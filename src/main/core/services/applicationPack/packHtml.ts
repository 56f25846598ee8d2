import { formatDayForPeople, formatShortMonthForPeople } from '../../peopleDates';
import type { PackContent } from './packContent';

/**
 * The printable pack: one self-contained HTML document (inline styles, no scripts, nothing loaded
 * from anywhere). Every value comes from the person's records, so every value is escaped.
 */
export function renderPackHtml(pack: PackContent): string {
  const title = `${pack.track.acronym} application pack`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${esc(title)}</h1>
<p class="meta">${esc(pack.track.name)} · ${esc(pack.track.body)} · prepared ${esc(day(pack.generatedOn))} with Certplan</p>
<p class="result ${pack.result.met ? 'met' : 'unmet'}">${esc(pack.result.headline)}${pack.result.missing.length ? ` — missing: ${esc(pack.result.missing.join('; '))}` : ''}</p>
</header>
<section>
<h2>Education</h2>
<p>${esc(pack.education.label)}${pack.education.gacAccredited ? ' (GAC-accredited programme)' : ''}</p>
</section>
${pack.experience.map(experienceSection).join('\n')}
${pack.training.map(trainingSection).join('\n')}
${credentialsSection(pack)}
${checksSection(pack)}
<footer><p>${esc(pack.rule)}</p></footer>
</body>
</html>
`;
}

function experienceSection(group: PackContent['experience'][number]): string {
  const window = group.windowFrom ? `${month(group.windowFrom)} – ${month(group.windowTo)}` : `any time up to ${month(group.windowTo)}`;
  const rows = group.rows
    .map(
      (r) => `<tr>
<td><strong>${esc(r.title)}</strong><br>${esc(r.organisation)}${r.role ? `<br><span class="muted">${esc(r.role)}</span>` : ''}</td>
<td>${esc(month(r.startMonth))} – ${r.endMonth ? esc(month(r.endMonth)) : 'ongoing'}</td>
<td class="num">${r.monthsInWindow}</td>
<td class="num">${r.monthsCounted}</td>
<td class="num">${r.hours === null ? '' : esc(String(r.hours))}</td>
<td class="desc">${esc(r.description)}</td>
</tr>`,
    )
    .join('\n');
  return `<section>
<h2>Experience: ${esc(group.area)}</h2>
<p>Window: ${esc(window)}. <strong>${group.countedMonths} unique months counted</strong>; required: ${esc(group.needs.join(', '))}.</p>
${
  group.rows.length
    ? `<table>
<thead><tr><th>Project or role</th><th>Dates</th><th class="num">Months in window</th><th class="num">Months counted</th><th class="num">Hours</th><th>Description</th></tr></thead>
<tbody>
${rows}
</tbody>
<tfoot><tr><th colspan="3">Total (overlapping months counted once)</th><th class="num">${group.countedMonths}</th><th colspan="2"></th></tr></tfoot>
</table>`
    : '<p class="muted">No experience entry tagged with this area falls inside the window.</p>'
}
</section>`;
}

function trainingSection(group: PackContent['training'][number]): string {
  const rows = group.rows
    .map(
      (r) => `<tr><td>${esc(r.course)}</td><td>${esc(r.provider)}</td><td>${esc(day(r.completedOn))}</td><td class="num">${esc(String(r.hours))}</td><td>${r.evidenceName ? esc(r.evidenceName) : ''}</td></tr>`,
    )
    .join('\n');
  return `<section>
<h2>Training: ${esc(group.topic)}</h2>
<p><strong>${esc(String(group.totalHours))} hours</strong>; required: ${esc(group.needs.join(', '))}.</p>
${
  group.rows.length
    ? `<table>
<thead><tr><th>Course</th><th>Provider</th><th>Completed</th><th class="num">Hours</th><th>Evidence</th></tr></thead>
<tbody>
${rows}
</tbody>
<tfoot><tr><th colspan="3">Total</th><th class="num">${esc(String(group.totalHours))}</th><th></th></tr></tfoot>
</table>`
    : '<p class="muted">No training entry serves this topic yet.</p>'
}
</section>`;
}

function credentialsSection(pack: PackContent): string {
  if (pack.credentials.length === 0) return '';
  const rows = pack.credentials
    .map((c) => `<tr><td>${esc(c.acronym)}</td><td>${esc(c.name)}</td><td>${esc(c.body)}</td><td>${esc(c.credentialNumber ?? '')}</td><td>${esc(day(c.earnedOn))}</td></tr>`)
    .join('\n');
  return `<section>
<h2>Credentials held</h2>
<table>
<thead><tr><th>Credential</th><th>Name</th><th>Body</th><th>Number</th><th>Earned</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</section>`;
}

function checksSection(pack: PackContent): string {
  if (pack.checks.length === 0) return '';
  return `<section>
<h2>Other requirements</h2>
<ul>${pack.checks.map((c) => `<li>${c.checked ? '☑' : '☐'} ${esc(c.label)}</li>`).join('')}</ul>
</section>`;
}

const STYLE = `
body { font: 11pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1c2330; margin: 24px; }
h1 { font-size: 20pt; margin: 0 0 4px; }
h2 { font-size: 13pt; margin: 22px 0 6px; border-bottom: 1px solid #c8ced8; padding-bottom: 3px; }
.meta, .muted { color: #4d5768; }
.result { font-weight: 600; padding: 6px 10px; border-radius: 6px; }
.result.met { background: #e3f3e8; color: #1b5e31; }
.result.unmet { background: #fdf0d8; color: #7a4a00; }
table { width: 100%; border-collapse: collapse; font-size: 10pt; page-break-inside: auto; }
tr { page-break-inside: avoid; }
th, td { text-align: left; vertical-align: top; padding: 5px 6px; border-bottom: 1px solid #d4d9e1; }
thead th { font-size: 9pt; text-transform: uppercase; color: #4d5768; }
.num { text-align: right; white-space: nowrap; }
.desc { white-space: pre-wrap; }
footer { margin-top: 28px; font-size: 9pt; color: #4d5768; }
@page { size: A4; margin: 16mm; }
`;

/** HTML-escapes text for element content and quoted attributes. */
export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function month(m: string): string {
  return formatShortMonthForPeople(m);
}

function day(d: string): string {
  return formatDayForPeople(d);
}
