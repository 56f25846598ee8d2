import type { FairStartService } from '../services/fairStart/fairStartService';
import type { RecordLinkService } from '../services/recordLinks/recordLinkService';
import type { AreaHandlers } from './handlers';

export function fairStartHandlers(fairStart: FairStartService): AreaHandlers<'renewal:preview-earned' | 'renewal:import-earned' | 'renewal:skip-earned'> {
  return {
    'renewal:preview-earned': ({ credentialId, entry }) => fairStart.preview(credentialId, entry),
    'renewal:import-earned': ({ credentialId, entry }) => fairStart.import(credentialId, entry),
    'renewal:skip-earned': ({ credentialId }) => fairStart.skip(credentialId),
  };
}

export function linkedRecordHandlers(
  links: RecordLinkService,
): AreaHandlers<'training:log-as-ce' | 'ce:record-as-training' | 'training:sync-linked' | 'ce:sync-linked'> {
  return {
    'training:log-as-ce': (input) => links.logTrainingAsCe(input),
    'ce:record-as-training': (input) => links.recordCeAsTraining(input),
    'training:sync-linked': ({ trainingId }) => links.syncFromTraining(trainingId),
    'ce:sync-linked': ({ activityId }) => links.syncFromCe(activityId),
  };
}
