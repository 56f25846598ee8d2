import { useCallback } from 'react';
import type { GuidedStart } from '../../../shared/schemas/settings';
import { useSlice, useStores } from '../../app/AppContext';
import { EMPTY_GUIDED_START, type StepId } from './guidedSteps';

/**
 * The guided start's state, kept in the settings so it survives restarts and can be resumed from
 * the dashboard: the goal, each step done or skipped, what it created.
 */
export function useGuidedStart() {
  const { settings } = useStores();
  const stored = useSlice(settings, (s) => s.settings.guidedStart);
  const loaded = useSlice(settings, (s) => s.loaded);
  const state = stored ?? EMPTY_GUIDED_START;
  const update = useCallback(
    (patch: Partial<GuidedStart>) => settings.getState().update({ guidedStart: { ...(settings.getState().settings.guidedStart ?? EMPTY_GUIDED_START), ...patch } }),
    [settings],
  );
  const mark = useCallback(
    (step: StepId, how: 'done' | 'skipped', patch: Partial<GuidedStart> = {}) => {
      const current = settings.getState().settings.guidedStart ?? EMPTY_GUIDED_START;
      return update({ ...patch, steps: { ...current.steps, [step]: how } });
    },
    [settings, update],
  );
  return { state, stored, loaded, update, mark };
}
