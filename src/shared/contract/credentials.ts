import { z } from 'zod';
import { CredentialAddSchema, CredentialSchema, CredentialUpdateSchema } from '../schemas/credential';
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
});
