import type { CredentialService } from '../services/credentialService';
import type { EvidenceService } from '../services/evidenceService';
import type { AreaHandlers } from './handlers';

export function credentialHandlers(
  credentials: CredentialService,
): AreaHandlers<'credentials:list' | 'credentials:add' | 'credentials:update' | 'credentials:remove'> {
  return {
    'credentials:list': () => credentials.list(),
    'credentials:add': (input) => credentials.add(input),
    'credentials:update': ({ id, patch }) => credentials.update(id, patch),
    'credentials:remove': ({ id }) => credentials.remove(id),
  };
}

export function evidenceHandlers(
  evidence: EvidenceService,
): AreaHandlers<'evidence:add' | 'evidence:list' | 'evidence:get' | 'evidence:remove'> {
  return {
    'evidence:add': (input) => evidence.add(input),
    'evidence:list': () => evidence.list(),
    'evidence:get': ({ id }) => evidence.get(id),
    'evidence:remove': ({ id }) => evidence.remove(id),
  };
}
