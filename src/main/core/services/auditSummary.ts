import { formatUnits } from '../../../shared/formatUnits';
import type { Cycle, RenewalView } from '../../../shared/schemas/renewal';
import { escapeHtml as e } from './auditPacketNames';
import type { PacketFile } from './auditPacketService';
import { formatDay } from './renewalWording';

/** Inline styles only: the document must read the same opened from the zip, printed or mailed. */
const STYLE = `
  body { font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: #1c2330; margin: 32px; }
  h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 17px; margin: 28px 0 8px; }
  table { border-collapse: collapse; width: 100%; margin: 8px 0; }
  th, td { border: 1px solid #c8ced8; padding: 5px 8px; text-align: left; vertical-align: top; }
  thead th { background: #eef1f5; } td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
  .muted { color: #4d5768; } .missing { color: #9b1c1c; font-weight: 600; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 12px 0; } dt { color: #4d5768; }
`;

export interface SummaryInput {
  view: RenewalView;
  cycle: Cycle;
  files: PacketFile[];
  generatedAt: Date;
}

/** The packet's summary document, every value escaped. */
export function renderAuditSummary({ view, cycle, files, generatedAt }: SummaryInput): string {
  const { credential, progress } = view;
  const unit = progress?.unitName ?? 'unit';
  const missing = [
    ...view.activities.filter((a) => a.evidence.length === 0).map((a) => `#${a.number} ${e(a.title)}: no evidence attached`),
    ...files.filter((f) => f.problem).map((f) => `#${f.activityNumber} ${e(f.originalName)}: ${e(f.problem ?? '')}`),
  ];
  const activityRows = view.activities
    .map((a) => {
      const own = files.filter((f) => f.activityNumber === a.number);
      const evidence = own.length
        ? own.map((f) => (f.entryName ? e(f.entryName) : `<span class="missing">MISSING: ${e(f.originalName)}</span>`)).join('<br>')
        : '<span class="missing">No evidence attached</span>';
      const counted = a.notCounted > 0 ? `${a.counted}<br><span class="muted">${a.notCounted} not counted: ${e(a.notCountedReason ?? '')}</span>` : String(a.counted);
      return `<tr><td class="num">${a.number}</td><td>${e(a.date)}</td><td>${e(a.title)}${a.provider ? `<br><span class="muted">${e(a.provider)}</span>` : ''}</td>
        <td>${e(a.categoryName)}</td><td class="num">${a.units}</td><td class="num">${counted}</td>
        <td>${e(a.credentials.map((c) => c.acronym).join(', '))}</td><td>${evidence}</td></tr>`;
    })
    .join('\n');
  const categoryRows = (progress?.groups ?? [])
    .flatMap((g) => [
      `<tr><th scope="row">${e(g.name)}</th><td class="num">${g.min ?? '—'}</td><td class="num">${g.max ?? '—'}</td><td class="num">${g.earned}</td><td class="num">${g.counted}</td><td class="num">${g.notCounted}</td><td class="num">${g.stillNeeded}</td></tr>`,
      ...g.categories.map(
        (c) =>
          `<tr><td>&nbsp;&nbsp;${e(c.name)}</td><td class="num">${c.min ?? '—'}</td><td class="num">${c.max ?? '—'}${c.maxPerYear !== null ? ` (${c.maxPerYear} a year)` : ''}</td><td class="num">${c.earned}</td><td class="num">${c.counted}</td><td class="num">${c.notCounted}</td><td class="num">${c.stillNeeded}</td></tr>`,
      ),
    ])
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Audit packet: ${e(credential.acronym)} ${e(cycle.start)} to ${e(cycle.end)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>Audit packet: ${e(credential.name)} (${e(credential.acronym)})</h1>
<p class="muted">${e(credential.body)} · prepared by Certplan on ${e(formatDay(generatedAt.toISOString().slice(0, 10)))}</p>
<dl>
  <dt>Credential number</dt><dd>${e(credential.credentialNumber ?? 'not recorded')}</dd>
  <dt>Earned on</dt><dd>${e(formatDay(credential.earnedOn))}</dd>
  <dt>Cycle</dt><dd>${e(formatDay(cycle.start))} to ${e(formatDay(cycle.end))} (cycle ${cycle.index + 1})</dd>
  <dt>Status</dt><dd>${e(view.statusText)}</dd>
  ${progress ? `<dt>Total</dt><dd>${e(formatUnits(progress.counted, unit))} counted of ${progress.required ?? 'unknown'} required${progress.notCounted > 0 ? `; ${e(formatUnits(progress.notCounted, unit))} above caps do not count` : ''}${progress.carriedIn > 0 ? `; includes ${e(formatUnits(progress.carriedIn, unit))} carried over` : ''}</dd>` : ''}
</dl>
${
  categoryRows
    ? `<h2>Requirements after minimums and caps</h2>
<table><thead><tr><th>Category</th><th class="num">Minimum</th><th class="num">Maximum</th><th class="num">Logged</th><th class="num">Counted</th><th class="num">Not counted</th><th class="num">Still needed</th></tr></thead>
<tbody>${categoryRows}</tbody></table>`
    : ''
}
<h2>Activities (${view.activities.length})</h2>
<p class="muted">Evidence files are in the <code>evidence</code> folder of this packet, named after the activity number, date and title.</p>
<table><thead><tr><th class="num">#</th><th>Date</th><th>Activity and provider</th><th>Category</th><th class="num">Units</th><th class="num">Counted</th><th>Counts toward</th><th>Evidence</th></tr></thead>
<tbody>
${activityRows || '<tr><td colspan="8">No activities logged in this cycle.</td></tr>'}
</tbody></table>
<h2>Missing evidence</h2>
${missing.length ? `<ul>${missing.map((m) => `<li class="missing">${m}</li>`).join('')}</ul>` : '<p>None: every activity has its evidence in this packet.</p>'}
</body>
</html>
`;
}
