import { useBlocker } from 'react-router';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useSlice, useStores } from './AppContext';

/**
 * Asks before leaving a page while a form on it holds unsaved changes. Leaving keeps the draft
 * (it comes back when the form is opened again); staying returns to the form.
 */
export function LeaveGuard() {
  const { unsaved } = useStores();
  const forms = useSlice(unsaved, (s) => s.forms);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => currentLocation.pathname !== nextLocation.pathname && Object.keys(unsaved.getState().forms).length > 0,
  );
  const names = [...new Set(Object.values(forms))];
  return (
    <ConfirmDialog
      open={blocker.state === 'blocked'}
      title="Leave without saving?"
      confirmLabel="Leave, keep the draft"
      cancelLabel="Stay and finish"
      onCancel={() => blocker.reset?.()}
      onConfirm={() => blocker.proceed?.()}
    >
      <p>
        {names.length > 0 ? `You have not saved ${names.join(' and ')}.` : 'You have unsaved changes.'} What you typed is kept as a draft on this
        computer and comes back when you open the form again.
      </p>
    </ConfirmDialog>
  );
}
