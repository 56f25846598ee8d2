import { z } from 'zod';
import { CredentialAddSchema, CredentialSchema, CredentialUpdateSchema } from '../schemas/credential';
import { defineMethods } from './define';

const IdInput = z.strictObject({ id: z.string().min(1, 'Required').max(120) });

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
    input: IdInput,
    output: z.object({ id: z.string() }),
    summary: 'Remove a credential record',
  },
});
