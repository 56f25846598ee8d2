import { lazy, Suspense, type ComponentProps, type ComponentType } from 'react';
import { Loading } from '../Loading';
import type { DomainTimeChart as DomainTimeChartView } from './DomainTimeChart';
import type { DomainWeightChart as DomainWeightChartView } from './DomainWeightChart';
import type { ReviewForecastChart as ReviewForecastChartView } from './ReviewForecastChart';
import type { ScoreTrendChart as ScoreTrendChartView } from './ScoreTrendChart';
import type { StudyHoursChart as StudyHoursChartView } from './StudyHoursChart';
import type { WeeklyHoursChart as WeeklyHoursChartView } from './WeeklyHoursChart';

/**
 * The charts, loaded on demand: recharts (and d3 under it) is the largest part of the renderer,
 * and keeping it out of the first screen's bundle is most of the way to the size budget. Each
 * wrapper shows the usual `.loading` status while its chunk arrives (useRouteFocus waits for it).
 */
function lazyChart<P extends object>(load: () => Promise<(props: P) => React.JSX.Element>): (props: P) => React.JSX.Element {
  const Chart = lazy(async () => ({ default: await load() })) as unknown as ComponentType<P>;
  return function LazyChart(props: P) {
    return (
      <Suspense fallback={<Loading label="Loading chart…" />}>
        <Chart {...props} />
      </Suspense>
    );
  };
}

export const DomainTimeChart = lazyChart<ComponentProps<typeof DomainTimeChartView>>(() => import('./DomainTimeChart').then((m) => m.DomainTimeChart));
export const DomainWeightChart = lazyChart<ComponentProps<typeof DomainWeightChartView>>(() => import('./DomainWeightChart').then((m) => m.DomainWeightChart));
export const ReviewForecastChart = lazyChart<ComponentProps<typeof ReviewForecastChartView>>(() => import('./ReviewForecastChart').then((m) => m.ReviewForecastChart));
export const ScoreTrendChart = lazyChart<ComponentProps<typeof ScoreTrendChartView>>(() => import('./ScoreTrendChart').then((m) => m.ScoreTrendChart));
export const StudyHoursChart = lazyChart<ComponentProps<typeof StudyHoursChartView>>(() => import('./StudyHoursChart').then((m) => m.StudyHoursChart));
export const WeeklyHoursChart = lazyChart<ComponentProps<typeof WeeklyHoursChartView>>(() => import('./WeeklyHoursChart').then((m) => m.WeeklyHoursChart));
