import { readFileSync } from 'node:fs';
import type { Core } from '../../src/main/core/createCore';
import { TRANSFER_CHUNK_BYTES } from '../../src/shared/schemas/backups';
import { callOk } from './core';

/** Records of every kind a backup counts, so a test can see them come and go. */
export const EXPERIENCE = { organisation: 'Acme', title: 'ERP rollout', role: 'Project manager', startMonth: '2021-01', endMonth: '2022-06', areas: ['leading projects'] };
export const TRAINING = { course: 'PMP boot camp', provider: 'Academy', hours: 35, completedOn: '2025-03-10', topic: 'PM education' };

export async function addSampleRecords(core: Core): Promise<{ evidenceId: string; experienceId: string }> {
  const evidence = await callOk(core, 'evidence:add', { fileName: 'certificate.pdf', mediaType: 'application/pdf', contentBase64: Buffer.from('%PDF-1.4 sample certificate PK\x07\x08').toString('base64') });
  const experience = await callOk(core, 'experience:add', EXPERIENCE);
  await callOk(core, 'training:add', { ...TRAINING, evidenceId: evidence.id });
  await callOk(core, 'credentials:add', { name: 'IPMA Level D', body: 'IPMA', earnedOn: '2020-03-01' });
  return { evidenceId: evidence.id, experienceId: experience.id };
}

/** Downloads a file the way the renderer does: chunk after chunk until done. */
export async function downloadAll(core: Core, method: 'backups:get-chunk' | 'data:get-chunk', ref: Record<string, string>): Promise<Buffer> {
  const parts: Buffer[] = [];
  let offset = 0;
  for (;;) {
    const chunk = await callOk(core, method, { ...ref, offset });
    parts.push(Buffer.from(chunk.contentBase64, 'base64'));
    offset += Buffer.from(chunk.contentBase64, 'base64').length;
    if (chunk.done) return Buffer.concat(parts);
  }
}

/** Uploads bytes the way the renderer does; returns the upload id. */
export async function uploadBytes(core: Core, bytes: Buffer, fileName = 'archive.zip'): Promise<string> {
  const { uploadId } = await callOk(core, 'uploads:begin', { fileName, sizeBytes: bytes.length });
  for (let offset = 0; offset < bytes.length; offset += TRANSFER_CHUNK_BYTES) {
    await callOk(core, 'uploads:append', { uploadId, offset, contentBase64: bytes.subarray(offset, offset + TRANSFER_CHUNK_BYTES).toString('base64') });
  }
  return uploadId;
}

export const uploadFile = (core: Core, file: string): Promise<string> => uploadBytes(core, readFileSync(file));
