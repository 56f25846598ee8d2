import { THEMES } from '../../../shared/schemas/settings';
import { useSlice, useStores } from '../../app/AppContext';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { BackupsSection } from './backups/BackupsSection';
import { ExportImportSection } from './backups/ExportImportSection';
import { ReminderSettings } from './ReminderSettings';
import { StudyDaysSettings } from './StudyDaysSettings';

const THEME_LABELS = { system: 'Follow the system', light: 'Light', dark: 'Dark' } as const;

export function SettingsView() {
  const { settings, appInfo } = useStores();
  const current = useSlice(settings, (s) => s.settings);
  const error = useSlice(settings, (s) => s.error);
  const update = useSlice(settings, (s) => s.update);
  const info = useSlice(appInfo, (s) => s.info.data);
  return (
    <div className="page">
      <PageHeader title="Settings" />
      {error ? <ErrorMessage error={error} /> : null}
      <section className="section">
        <fieldset className="form-section">
          <legend>Theme</legend>
          <div className="radio-group">
            {THEMES.map((theme) => (
              <label key={theme} className="radio">
                <input type="radio" name="theme" value={theme} checked={current.theme === theme} onChange={() => void update({ theme })} />
                {THEME_LABELS[theme]}
              </label>
            ))}
          </div>
        </fieldset>
      </section>
      <ReminderSettings />
      <StudyDaysSettings />
      <BackupsSection />
      <ExportImportSection />
      {info ? (
        <section className="section" aria-labelledby="about-heading">
          <h2 id="about-heading">About this copy</h2>
          <dl className="facts">
            <div className="fact-row">
              <dt>Version</dt>
              <dd>{info.version}</dd>
            </div>
            <div className="fact-row">
              <dt>Data folder</dt>
              <dd>
                <code>{info.dataDir}</code>
              </dd>
            </div>
            <div className="fact-row">
              <dt>Catalog release</dt>
              <dd>{info.catalogVersion}</dd>
            </div>
          </dl>
        </section>
      ) : null}
    </div>
  );
}
