import { type ReactNode, useEffect, useState } from 'react';
import type { RecoveryStatus } from '../../shared/schemas/backups';
import { Loading } from '../components/Loading';
import { RecoveryView } from '../views/recovery/RecoveryView';
import { useApi, useStores } from './AppContext';
import { takeNoticeAfterReload } from './reloadWithNotice';

/**
 * The app's top-level switch: while the core is in recovery mode (a damaged or empty data file)
 * the recovery screen replaces the whole app; otherwise the app as usual. The core announces
 * entering recovery at run time as a change of the `recovery` area.
 */
export function RecoveryGate({ children }: { children: ReactNode }) {
  const api = useApi();
  const { notices } = useStores();
  const [status, setStatus] = useState<RecoveryStatus | null>(null);
  const [checked, setChecked] = useState(false);

  useEffect(() => {
    let current = true;
    const load = () =>
      void api['recovery:status']({}).then((result) => {
        if (!current) return;
        // Without an answer (the host went away) the app shows its own errors.
        setStatus(result.ok ? result.data : null);
        setChecked(true);
      });
    load();
    const unsubscribe = api.on('data:changed', ({ areas }) => {
      if (areas.includes('recovery')) load();
    });
    return () => {
      current = false;
      unsubscribe();
    };
  }, [api]);

  useEffect(() => {
    const message = takeNoticeAfterReload();
    if (message) notices.getState().show({ kind: 'success', message }, 15_000);
  }, [notices]);

  if (!checked) return <Loading label="Opening your data…" />;
  if (status?.active) return <RecoveryView status={status} />;
  return <>{children}</>;
}
