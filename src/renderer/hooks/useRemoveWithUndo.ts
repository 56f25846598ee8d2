import { useCallback } from 'react';
import type { Result } from '../../shared/result';
import type { Removed } from '../../shared/schemas/undo';
import { useApi, useStores } from '../app/AppContext';

/**
 * Deletes at once and offers Undo for a few seconds, instead of asking first: the core keeps what
 * it deleted (with its links and evidence) and `undo:restore` brings it back, or says why it
 * cannot. The Undo button takes the keyboard, so it is one key press away after deleting.
 */
export function useRemoveWithUndo(): (remove: () => Promise<Result<Removed>>, what: string) => Promise<boolean> {
  const api = useApi();
  const { notices } = useStores();
  return useCallback(
    async (remove, what) => {
      const result = await remove();
      const show = notices.getState().show;
      if (!result.ok) {
        show({ kind: 'error', message: result.error.message });
        return false;
      }
      const token = result.data.undoToken;
      if (!token) {
        show({ kind: 'success', message: `Deleted ${what}` });
        return true;
      }
      show({
        kind: 'info',
        message: `Deleted ${what}.`,
        focusAction: true,
        action: {
          label: 'Undo',
          run: async () => {
            const restored = await api['undo:restore']({ token });
            show(restored.ok ? { kind: 'success', message: `Restored ${what}` } : { kind: 'error', message: restored.error.message });
          },
        },
      });
      return true;
    },
    [api, notices],
  );
}
