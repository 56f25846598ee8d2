import { lazy, Suspense, type ComponentType } from 'react';
import { Loading } from '../components/Loading';

/**
 * A route screen loaded on demand (its code is a chunk of its own, fetched on first visit), shown
 * with the usual `.loading` status meanwhile — useRouteFocus waits for that status to go before it
 * focuses the screen's heading.
 */
export function lazyScreen(load: () => Promise<ComponentType>): ComponentType {
  const Screen = lazy(async () => ({ default: await load() }));
  return function LazyScreen() {
    return (
      <Suspense fallback={<Loading />}>
        <Screen />
      </Suspense>
    );
  };
}
