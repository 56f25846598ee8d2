import { useState } from 'react';
import { KNOWN_DATE_KINDS, type KnownDateKind } from '../../../shared/schemas/knownDates';
import type { ReminderLeadDays } from '../../../shared/schemas/settings';
import { useSlice, useStores } from '../../app/AppContext';
import { CheckboxField, TextField } from '../../components/fields';
import { KNOWN_DATE_KIND_LABELS } from '../../format/renewalLabels';
import { parseLeadDays } from './leadDays';

const DATED_KINDS = KNOWN_DATE_KINDS.filter((k) => k !== 'pace-warning');

/** When reminders come for each kind of date, whether they are announced, and (desktop) opening at login. */
export function ReminderSettings() {
  const { settings, appInfo } = useStores();
  const current = useSlice(settings, (s) => s.settings);
  const update = useSlice(settings, (s) => s.update);
  const capabilities = useSlice(appInfo, (s) => s.info.data?.capabilities);
  const host = useSlice(appInfo, (s) => s.info.data?.host);
  const { notices } = useStores();
  const [texts, setTexts] = useState<Record<KnownDateKind, string> | null>(null);
  const [errors, setErrors] = useState<Partial<Record<KnownDateKind, string>>>({});
  const shown = texts ?? (Object.fromEntries(KNOWN_DATE_KINDS.map((k) => [k, current.reminderLeadDays[k].join(', ')])) as Record<KnownDateKind, string>);
  const [paceWarnings, setPaceWarnings] = useState<boolean | null>(null);
  const paceOn = paceWarnings ?? current.reminderLeadDays['pace-warning'].length > 0;

  const save = async () => {
    const next = { ...current.reminderLeadDays } as ReminderLeadDays;
    const problems: Partial<Record<KnownDateKind, string>> = {};
    for (const kind of DATED_KINDS) {
      const parsed = parseLeadDays(shown[kind]);
      if (parsed.ok) next[kind] = parsed.days;
      else problems[kind] = parsed.message;
    }
    next['pace-warning'] = paceOn ? [0] : [];
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    if (await update({ reminderLeadDays: next })) {
      setTexts(null);
      setPaceWarnings(null);
      notices.getState().show({ kind: 'success', message: 'Reminder times saved' });
    }
  };

  return (
    <>
      <section className="section" aria-labelledby="reminder-times-heading">
        <h2 id="reminder-times-heading">When reminders come</h2>
        <p className="section-lead">Days before each kind of date, separated by commas; 0 is the day itself. Reminders come at 9:00.</p>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <div className="lead-times">
            {DATED_KINDS.map((kind) => (
              <TextField
                key={kind}
                label={`${KNOWN_DATE_KIND_LABELS[kind]}: days before`}
                value={shown[kind]}
                error={errors[kind]}
                onChange={(value) => setTexts({ ...shown, [kind]: value })}
              />
            ))}
          </div>
          <CheckboxField
            label="Remind me once a month while a renewal cycle is behind pace"
            checked={paceOn}
            onChange={setPaceWarnings}
          />
          <div className="form-actions">
            <button type="submit" className="button button-primary">
              Save reminder times
            </button>
          </div>
        </form>
      </section>
      <section className="section" aria-labelledby="notifications-heading">
        <h2 id="notifications-heading">Notifications</h2>
        <CheckboxField
          label={host === 'electron' ? 'Show a desktop notification when a reminder is due' : 'Show a message in the page when a reminder is due'}
          hint="Due reminders always wait in the reminder center, whatever you choose here."
          checked={current.notifications}
          onChange={(notifications) => void update({ notifications })}
        />
        {capabilities?.openAtLogin ? (
          <CheckboxField
            label="Open Certplan when I log in"
            hint="So reminders reach you even on days you do not open the app."
            checked={current.openAtLogin}
            onChange={(openAtLogin) => void update({ openAtLogin })}
          />
        ) : null}
      </section>
    </>
  );
}
