import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { useApi } from './AppContext';

/** The desktop shell asks to show an item (a clicked notification or tray line): go there. */
export function useOpenRequests(): void {
  const api = useApi();
  const navigate = useNavigate();
  useEffect(() => api.on('app:open', ({ path }) => void navigate(path)), [api, navigate]);
}
