import { Link, useParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { CredentialsSection } from './credentials/CredentialsSection';
import { EvidenceSection } from './EvidenceSection';
import { ExperienceSection } from './experience/ExperienceSection';
import { ProfileSection } from './ProfileSection';
import { TrainingSection } from './training/TrainingSection';

const SECTIONS = [
  { id: 'profile', label: 'Profile', render: () => <ProfileSection /> },
  { id: 'experience', label: 'Experience', render: () => <ExperienceSection /> },
  { id: 'training', label: 'Training', render: () => <TrainingSection /> },
  { id: 'credentials', label: 'Credentials held', render: () => <CredentialsSection /> },
  { id: 'evidence', label: 'Evidence files', render: () => <EvidenceSection /> },
] as const;

/** The person's own records, shared by every certification they track (ARCHITECTURE.md §5). */
export function RecordsView() {
  const { section = 'profile' } = useParams();
  const current = SECTIONS.find((s) => s.id === section) ?? SECTIONS[0];
  return (
    <div className="page">
      <PageHeader title="Records" subtitle="Your education, experience, training, credentials and evidence — recorded once, read by every certification you track." />
      <nav className="tabs" aria-label="Records sections">
        {SECTIONS.map((s) => (
          // Link, not NavLink: at /records the first section is shown and must be marked current too.
          <Link key={s.id} to={`/records/${s.id}`} className={s.id === current.id ? 'tab active' : 'tab'} aria-current={s.id === current.id ? 'page' : undefined}>
            {s.label}
          </Link>
        ))}
      </nav>
      <div className="tab-panel">{current.render()}</div>
    </div>
  );
}
