import type { Track, TrackStatus, TrackSummary } from '../../../shared/schemas/track';
import { localDateOf } from '../clock';
import type { StoredTrack, TrackRepository } from '../db/repositories/trackRepository';
import { conflict, notFound } from '../errors';
import { newId } from '../ids';
import type { CatalogService } from './catalogService';
import { trackOutlineInForce } from './trackDomains';

export class TrackService {
  constructor(
    private readonly tracks: TrackRepository,
    private readonly catalog: CatalogService,
    private readonly now: () => Date,
  ) {}

  list(includeArchived: boolean): TrackSummary[] {
    return this.tracks.list(includeArchived).map(({ snapshot: _snapshot, ownOutline: _own, catalogRevision: _rev, schedule: _schedule, ...summary }) => summary);
  }

  get(id: string): Track {
    const track = this.tracks.get(id);
    if (!track) throw notFound('track', id);
    return this.#withOutline(track);
  }

  /** The stored track with the catalog's current revision, for the rules adoption. */
  stored(id: string): StoredTrack {
    const track = this.tracks.get(id);
    if (!track) throw notFound('track', id);
    return track;
  }

  #withOutline({ catalogRevision: _rev, schedule, ...track }: StoredTrack): Track {
    return { ...track, outline: trackOutlineInForce(track, schedule, localDateOf(this.now())), history: this.tracks.history(track.id) };
  }

  create(certificationId: string): Track {
    const cert = this.catalog.require(certificationId);
    const openId = this.tracks.openTrackIdFor(certificationId);
    if (openId) {
      throw conflict(`You already track ${cert.acronym}; open it from My certifications`);
    }
    const id = newId('track');
    this.tracks.insert({
      id,
      certificationId,
      status: 'exploring',
      snapshot: cert,
      at: this.now().toISOString(),
      reason: `Started tracking ${cert.acronym} (rules revision ${cert.revision})`,
    });
    return this.get(id);
  }

  setArchived(id: string, archived: boolean): Track {
    const track = this.get(id);
    if (track.archived === archived) return track;
    if (!archived && track.certificationId) {
      const openId = this.tracks.openTrackIdFor(track.certificationId);
      if (openId && openId !== id) {
        throw conflict(`Another open track already follows ${track.acronym}; archive it first`);
      }
    }
    const at = this.now().toISOString();
    this.tracks.setArchived(id, archived ? at : null, at);
    return this.get(id);
  }

  remove(id: string): { id: string } {
    this.get(id);
    this.tracks.delete(id);
    return { id };
  }

  /**
   * How the slices move a track along its lifecycle. Each slice owns a stretch of it (eligibility:
   * exploring/qualifying/eligible; application: applied/approved; exam: scheduled/passed/failed;
   * renewal: active/renewal-due/suspended/expired) and may move a track only from the statuses it
   * names in `from`, so a later stage is never pulled back by an earlier one. Returns whether it moved.
   */
  moveStatus(id: string, status: TrackStatus, reason: string, from: readonly TrackStatus[]): boolean {
    const track = this.get(id);
    if (track.status === status || !from.includes(track.status)) return false;
    this.tracks.setStatus(id, status, reason, this.now().toISOString());
    return true;
  }
}
