import type { ReactNode } from 'react';
import type { Track } from '../../../shared/schemas/track';
import { MaintainTab } from './MaintainTab';
import { TrackOverviewTab } from './TrackOverviewTab';

export interface TrackTab {
  id: string;
  label: string;
  render: (track: Track) => ReactNode;
}

/**
 * The tabs of a track, in lifecycle order. Each later slice (prerequisites, preparation, exam,
 * renewal) adds its tab here.
 */
export const TRACK_TABS: TrackTab[] = [
  { id: 'overview', label: 'Overview', render: (track) => <TrackOverviewTab track={track} /> },
  { id: 'maintain', label: 'Maintain', render: (track) => <MaintainTab track={track} /> },
];
