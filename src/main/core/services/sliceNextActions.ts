import type { TrackSummary } from '../../../shared/schemas/track';
import { formatDayForPeople, formatDuration } from '../domain/calendarDays';
import type { ApplicationService } from './applicationService';
import type { NextActionSource } from './dashboardService';
import type { EligibilityService } from './eligibilityService';
import type { PreparationService } from './preparationService';

/**
 * The dashboard's "next action" for a track before its exam, from the slices that know: what the
 * best prerequisite path still misses, what the application waits for, what to study today.
 */
export function prerequisiteNextActions(eligibility: EligibilityService, applications: ApplicationService): NextActionSource {
  return {
    nextActionFor(track: TrackSummary): string | null {
      if (track.status === 'exploring' || track.status === 'qualifying') {
        const result = eligibility.get(track.id);
        if (result.noPrerequisites) return 'No prerequisites: apply or book the exam when you are ready';
        const best = result.paths.find((p) => p.best);
        if (!best) return null;
        const [first, ...rest] = best.missing;
        if (first) return `${best.name} path: ${first}${rest.length ? ` (and ${rest.length} more)` : ''}`;
        return null;
      }
      const application = applications.get(track.id);
      if (track.status === 'applied' && application.status === 'in-audit' && application.auditDueOn) {
        return `Send your audit documents by ${formatDayForPeople(application.auditDueOn)}`;
      }
      if (track.status === 'approved' && application.eligibilityEndsOn) {
        return `Book the exam before your eligibility period ends on ${formatDayForPeople(application.eligibilityEndsOn)}`;
      }
      return null;
    },
  };
}

export function preparationNextActions(preparation: PreparationService): NextActionSource {
  return {
    nextActionFor(track: TrackSummary): string | null {
      if (!['eligible', 'applied', 'approved', 'scheduled', 'failed'].includes(track.status)) return null;
      const view = preparation.view(track.id);
      if (!view.plan) return track.status === 'scheduled' ? 'Set up your study plan on the Prepare tab' : null;
      const today = view.plan.today;
      const next = today.items.find((item) => item.remainingMinutes > 0);
      if (next) return `Study today: ${formatDuration(next.remainingMinutes)} of ${next.domainName}`;
      if (view.plan.shortfall) return view.plan.shortfall.message;
      return today.plannedMinutes > 0 ? 'Today’s study is done' : null;
    },
  };
}
