import { expect } from 'vitest';
import type { WebHost } from '../../support/webHost';
import type { MethodCases } from './types';

async function ok<T>(host: WebHost, method: string, input: unknown): Promise<T> {
  const { body } = await host.call<T>(method, input);
  if (!body.ok) throw new Error(`${method}: ${body.error.message}`);
  return body.data;
}

const PDF_BASE64 = Buffer.from('%PDF-1.4 certificate of completion').toString('base64');

async function manualCredential(host: WebHost): Promise<string> {
  const name = `Manual credential ${Math.random()}`;
  return (await ok<{ id: string }>(host, 'credentials:add', { name, earnedOn: '2024-05-01' })).id;
}

export const recordsCases: MethodCases = {
  'credentials:list': {
    good: async (host) => {
      const id = await manualCredential(host);
      expect((await ok<{ id: string }[]>(host, 'credentials:list', {})).map((c) => c.id)).toContain(id);
    },
    bad: { input: () => ({ all: true }), field: '' },
  },
  'credentials:add': {
    good: async (host) => {
      const credential = await ok<{ acronym: string; hasRenewalRules: boolean }>(host, 'credentials:add', {
        certificationId: 'scrumalliance-csm',
        earnedOn: '2025-02-10',
        credentialNumber: 'CSM-1234',
      });
      expect(credential).toMatchObject({ acronym: 'CSM', hasRenewalRules: true });
    },
    bad: { input: () => ({ name: 'X', earnedOn: '2030-01-01' }), field: 'earnedOn' },
  },
  'credentials:update': {
    good: async (host) => {
      const id = await manualCredential(host);
      expect(await ok(host, 'credentials:update', { id, patch: { credentialNumber: 'N-9' } })).toMatchObject({ credentialNumber: 'N-9' });
    },
    bad: { input: async (host) => ({ id: await manualCredential(host), patch: { earnedOn: '2024-02-30' } }), field: 'patch.earnedOn' },
  },
  'credentials:remove': {
    good: async (host) => {
      const id = await manualCredential(host);
      expect(await ok(host, 'credentials:remove', { id })).toEqual({ id, undoToken: expect.any(String) });
    },
    bad: { input: () => ({ id: 'credential-missing' }), field: 'id', code: 'not_found' },
  },
  'evidence:add': {
    good: async (host) => {
      const file = await ok<{ sizeBytes: number; fileName: string }>(host, 'evidence:add', { fileName: 'C:\\certs\\cert.pdf', mediaType: 'application/pdf', contentBase64: PDF_BASE64 });
      expect(file).toMatchObject({ fileName: 'cert.pdf', sizeBytes: 34 });
    },
    bad: { input: () => ({ fileName: 'x.pdf', contentBase64: 'not base64!' }), field: 'contentBase64' },
  },
  'evidence:list': {
    good: async (host) => {
      const added = await ok<{ id: string }>(host, 'evidence:add', { fileName: 'a.txt', contentBase64: 'aGk=' });
      expect((await ok<{ id: string; usedBy: string[] }[]>(host, 'evidence:list', {})).find((f) => f.id === added.id)?.usedBy).toEqual([]);
    },
    bad: { input: () => ({ id: 'x' }), field: '' },
  },
  'evidence:get': {
    good: async (host) => {
      const added = await ok<{ id: string }>(host, 'evidence:add', { fileName: 'b.txt', contentBase64: 'aGVsbG8=' });
      expect(await ok(host, 'evidence:get', { id: added.id })).toMatchObject({ fileName: 'b.txt', contentBase64: 'aGVsbG8=' });
    },
    bad: { input: () => ({ id: 'evidence-missing' }), field: 'id', code: 'not_found' },
  },
  'evidence:remove': {
    good: async (host) => {
      const added = await ok<{ id: string }>(host, 'evidence:add', { fileName: 'c.txt', contentBase64: 'Yw==' });
      expect(await ok(host, 'evidence:remove', { id: added.id })).toEqual({ id: added.id, undoToken: expect.any(String) });
    },
    bad: { input: () => ({}), field: 'id' },
  },
};
