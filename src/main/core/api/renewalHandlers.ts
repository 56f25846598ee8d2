import type { AuditPacketService } from '../services/auditPacketService';
import type { CeActivityService } from '../services/ceActivityService';
import type { RenewalService } from '../services/renewalService';
import type { AreaHandlers } from './handlers';

export function renewalHandlers(
  renewal: RenewalService,
  auditPackets: AuditPacketService,
): AreaHandlers<'renewal:get' | 'renewal:record' | 'renewal:undo' | 'renewal:set-pace-target' | 'renewal:export-audit-packet'> {
  return {
    'renewal:get': ({ credentialId, cycleIndex }) => renewal.view(credentialId, cycleIndex),
    'renewal:record': ({ credentialId, ...input }) => renewal.record(credentialId, input),
    'renewal:undo': ({ credentialId }) => renewal.undo(credentialId),
    'renewal:set-pace-target': ({ credentialId, finishDaysBefore }) => renewal.setPaceTarget(credentialId, finishDaysBefore),
    'renewal:export-audit-packet': ({ credentialId, cycleIndex }) => auditPackets.export(credentialId, cycleIndex),
  };
}

export function ceHandlers(activities: CeActivityService): AreaHandlers<'ce:log' | 'ce:update' | 'ce:remove' | 'ce:preview-sharing'> {
  return {
    'ce:log': (input) => activities.log(input),
    'ce:update': ({ id, activity }) => activities.update(id, activity),
    'ce:remove': ({ id }) => activities.remove(id),
    'ce:preview-sharing': ({ credentialId, categoryId, date }) => activities.previewSharing(credentialId, categoryId, date),
  };
}
