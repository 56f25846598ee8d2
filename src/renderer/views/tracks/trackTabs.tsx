import type { ReactNode } from 'react';
import type { Track } from '../../../shared/schemas/track';
import { PrerequisitesTab } from './prerequisites/PrerequisitesTab';
import { ExamTab } from './exam/ExamTab';
import { PrepareTab } from './prepare/PrepareTab';
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
  { id: 'prerequisites', label: 'Prerequisites', render: (track) => <PrerequisitesTab track={track} /> },
  { id: 'prepare', label: 'Prepare', render: (track) => <PrepareTab key={track.id} track={track} /> },
  { id: 'exam', label: 'Exam', render: (track) => <ExamTab key={track.id} track={track} /> },
  { id: 'maintain', label: 'Maintain', render: (track) => <MaintainTab track={track} /> },
];
