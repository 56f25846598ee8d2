import type { Certification } from '../../../../shared/schemas/certification';
import { FactList, type FactRow } from './FactList';
import { Unknown } from '../../../components/Badge';
import { FactNote } from './FactNote';

/** What happens between application and exam: the eligibility period and what starts it, attempts, audits. */
export function ApplicationFacts({ cert }: { cert: Certification }) {
  const app = cert.application;
  if (!app) return null;
  const rows: FactRow[] = [
    ['Eligibility period', app.eligibilityMonths !== null ? `${app.eligibilityMonths} months${app.eligibilityStarts ? `, starting: ${lowerFirst(app.eligibilityStarts)}` : ''}` : <Unknown />],
    ['Attempts', app.attemptsAllowed !== null ? `${app.attemptsAllowed} within the eligibility period` : <Unknown />],
    ['After the last failed attempt', app.lockoutMonths !== null ? `Wait ${app.lockoutMonths} months before applying again` : <Unknown />],
    ['If the period lapses', app.onLapse ?? <Unknown />],
    ['Audit', app.audit ? `${app.audit.selection === 'random' ? 'Random selection' : app.audit.selection === 'always' ? 'Every application' : 'Selection unknown'}; ${app.auditResponseDays !== null ? `${app.auditResponseDays} days to send` : 'deadline unknown'}: ${app.audit.documents.join('; ')}` : app.auditResponseDays !== null ? `${app.auditResponseDays} days to send documents` : <Unknown />],
    ['Failed audit', app.audit?.penalty ?? <Unknown />],
  ];
  return (
    <>
      <h3>Application and attempts</h3>
      <FactList rows={rows} />
      <FactNote cert={cert} fact="application" />
      <FactNote cert={cert} fact="application.audit" />
    </>
  );
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
