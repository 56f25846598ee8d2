import { z } from 'zod';
import { CredentialAddSchema, CredentialSchema, CredentialUpdateSchema } from '../schemas/credential';
import { RenewalViewSchema } from '../schemas/renewal';
import { RulesUpdatePreviewSchema, SetOwnRenewalRulesInputSchema } from '../schemas/rulesUpdate';
import { defineMethods } from './define';
import { IdInputSchema } from '../schemas/ids';
import { RemovedSchema } from '../schemas/undo';

export const credentialMethods = defineMethods({
  'credentials:list': {
    input: z.strictObject({}),
    output: z.array(CredentialSchema),
    summary: 'Credentials the person holds, newest first',
  },
  'credentials:add': {
    input: CredentialAddSchema,
    output: CredentialSchema,
    summary: 'Record a credential earned before using Certplan (from the catalog or by name)',
  },
  'credentials:update': {
    input: CredentialUpdateSchema,
    output: CredentialSchema,
    summary: 'Change a credential’s number, earned date or notes',
  },
  'credentials:remove': {
    input: IdInputSchema,
    output: RemovedSchema,
    summary: 'Remove a credential record',
  },
  'credentials:preview-rules-update': {
    input: IdInputSchema,
    output: RulesUpdatePreviewSchema,
    summary: 'What newer catalog rules would change for a held credential, field by field, and which figures move',
  },
  'credentials:adopt-latest-rules': {
    input: IdInputSchema,
    output: CredentialSchema,
    summary: 'Replace the rules a credential follows with the catalog’s current ones; activities are not touched',
  },
  'credentials:keep-current-rules': {
    input: IdInputSchema,
    output: RulesUpdatePreviewSchema,
    summary: 'Keep the rules a credential follows and quiet the notice about the catalog’s newer revision',
  },
  'credentials:set-own-renewal-rules': {
    input: SetOwnRenewalRulesInputSchema,
    output: RenewalViewSchema,
    summary: 'Fill in renewal rules for a held credential where the catalog’s are unknown (stored with it only)',
  },
  'credentials:clear-own-renewal-rules': {
    input: IdInputSchema,
    output: RenewalViewSchema,
    summary: 'Remove renewal rules a person filled in; the catalog’s apply again',
  },
});
