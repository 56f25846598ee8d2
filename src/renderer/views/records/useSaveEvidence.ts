import { useCallback } from 'react';
import { useApi, useStores } from '../../app/AppContext';
import { saveFile } from '../../files/saveFile';

/** Fetches a stored evidence file and offers it for saving (a download, or the desktop's save dialog). */
export function useSaveEvidence(): (id: string) => Promise<void> {
  const api = useApi();
  const { notices } = useStores();
  return useCallback(
    async (id: string) => {
      const result = await api['evidence:get']({ id });
      if (!result.ok) {
        notices.getState().show({ kind: 'error', message: result.error.message });
        return;
      }
      saveFile(result.data.fileName, result.data.mediaType, { base64: result.data.contentBase64 });
    },
    [api, notices],
  );
}
