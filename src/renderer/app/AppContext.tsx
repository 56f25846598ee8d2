import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { CertplanApi } from '../../shared/contract';
import type { Stores } from '../stores/createStores';

export interface AppServices {
  api: CertplanApi;
  stores: Stores;
}

export const AppContext = createContext<AppServices | null>(null);

function useServices(): AppServices {
  const services = useContext(AppContext);
  if (!services) throw new Error('AppContext is missing: render inside <AppContext.Provider>');
  return services;
}

export const useApi = (): CertplanApi => useServices().api;
export const useStores = (): Stores => useServices().stores;

/** Subscribe a component to a slice of one vanilla store. */
export function useSlice<S, T>(store: StoreApi<S>, selector: (state: S) => T): T {
  return useStore(store, selector);
}
