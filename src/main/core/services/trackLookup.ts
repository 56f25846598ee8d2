import type { Track } from '../../../shared/schemas/track';
import { AppFailure } from '../errors';
import type { TrackService } from './trackService';

/** A track named by a `trackId` input field: an unknown one is reported against that field. */
export function requireTrack(tracks: TrackService, trackId: string): Track {
  try {
    return tracks.get(trackId);
  } catch (error) {
    if (error instanceof AppFailure && error.code === 'not_found') {
      throw new AppFailure('not_found', `No track with id "${trackId}"`, [{ path: 'trackId', message: 'Unknown track' }]);
    }
    throw error;
  }
}
