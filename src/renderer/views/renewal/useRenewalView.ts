import { useState } from 'react';
import type { RenewalView } from '../../../shared/schemas/renewal';
import { useApi } from '../../app/AppContext';
import { useCall } from '../../hooks/useCall';
import type { Loadable } from '../../stores/loadable';

/** Areas whose changes can alter a renewal view; "today" moves with the core's clock. */
export const RENEWAL_AREAS = ['renewal', 'ce', 'credentials', 'evidence', 'reminders', 'today', 'training'] as const;

/** One credential's renewal view, with the cycle the person is looking at (the open one by default). */
export function useRenewalView(credentialId: string): {
  state: Loadable<RenewalView>;
  reload: () => void;
  cycleIndex: number | undefined;
  setCycleIndex: (index: number | undefined) => void;
} {
  const api = useApi();
  const [cycleIndex, setCycleIndex] = useState<number | undefined>(undefined);
  const { state, reload } = useCall(
    `renewal:get:${credentialId}:${cycleIndex ?? 'open'}`,
    () => api['renewal:get']({ credentialId, ...(cycleIndex === undefined ? {} : { cycleIndex }) }),
    RENEWAL_AREAS,
  );
  return { state, reload, cycleIndex, setCycleIndex };
}
