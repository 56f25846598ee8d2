import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOG, BUILTIN_CATALOG_RELEASED_AT, BUILTIN_CATALOG_VERSION } from '../../src/main/core/catalog';
import type { BuiltinEntry } from '../../src/main/core/catalog/builtinEntry';
import type { CertificationDraftInput } from '../../src/shared/schemas/certification';
import { callOk, testCore } from '../support/core';
import { freshDataDir } from '../support/webHost';

const pmp = BUILTIN_CATALOG.find((c) => c.id === 'pmi-pmp') as BuiltinEntry;

/** A later catalog release: PMP's weights change and a new certification appears. */
const NEXT_RELEASE = {
  version: BUILTIN_CATALOG_VERSION + 1,
  releasedAt: '2027-03-01T00:00:00.000Z',
  entries: [
    ...BUILTIN_CATALOG.map((entry) =>
      entry.id === 'pmi-pmp'
        ? {
            ...entry,
            revision: entry.revision + 1,
            exam: {
              ...entry.exam,
              outlines: entry.exam.outlines.map((outline) =>
                outline.id === 'eco-2026'
                  ? {
                      ...outline,
                      domains: [
                        { id: 'people', name: 'People', weight: 30 },
                        { id: 'process', name: 'Process', weight: 40 },
                        { id: 'business-environment', name: 'Business Environment', weight: 30 },
                      ],
                    }
                  : outline,
              ),
            },
          }
        : entry,
    ),
    { ...pmp, id: 'test-new-cert', acronym: 'NEW', name: 'A brand new certification', revision: 1 },
  ],
};

function customDraft(): CertificationDraftInput {
  const { id: _id, revision: _revision, facts: _facts, ...rest } = pmp;
  return { ...rest, name: 'My PMP variant', acronym: 'MYPMP', copiedFrom: 'pmi-pmp' };
}

describe('catalog update', () => {
  it('adds and updates built-in entries without touching custom entries or track snapshots', async () => {
    const dataDir = freshDataDir();
    const first = await testCore({ dataDir });
    const custom = await callOk(first, 'catalog:create-custom', { certification: customDraft() });
    const track = await callOk(first, 'tracks:create', { certificationId: 'pmi-pmp' });
    const customTrack = await callOk(first, 'tracks:create', { certificationId: custom.id });
    first.close();

    const second = await testCore({ dataDir, catalog: NEXT_RELEASE });
    const updatedPmp = await callOk(second, 'catalog:get', { id: 'pmi-pmp' });
    expect(updatedPmp.certification.revision).toBe(pmp.revision + 1);
    expect(updatedPmp.certification.updatedAt).toBe('2027-03-01T00:00:00.000Z');
    expect(updatedPmp.certification.exam.outlines[1]?.domains.map((d) => d.weight)).toEqual([30, 40, 30]);
    expect((await callOk(second, 'catalog:get', { id: 'test-new-cert' })).certification.acronym).toBe('NEW');

    const customAfter = await callOk(second, 'catalog:get', { id: custom.id });
    expect(customAfter.certification).toEqual(custom);

    const trackAfter = await callOk(second, 'tracks:get', { id: track.id });
    expect(trackAfter.snapshot).toEqual(track.snapshot);
    expect(trackAfter.snapshot.exam.outlines[1]?.domains.map((d) => d.weight)).toEqual([33, 41, 26]);
    expect(trackAfter.newerRulesAvailable).toBe(true);
    expect((await callOk(second, 'tracks:get', { id: customTrack.id })).newerRulesAvailable).toBe(false);

    // The person chooses: adopting the new rules replaces the snapshot.
    const adopted = await callOk(second, 'tracks:adopt-latest-rules', { id: track.id });
    expect(adopted.snapshot.revision).toBe(pmp.revision + 1);
    expect(adopted.newerRulesAvailable).toBe(false);
    second.close();
  });

  it('does nothing when the stored catalog version is current', async () => {
    const dataDir = freshDataDir();
    (await testCore({ dataDir })).close();
    const again = await testCore({ dataDir });
    const list = await callOk(again, 'catalog:list', {});
    expect(list.total).toBe(BUILTIN_CATALOG.length);
    expect((await callOk(again, 'catalog:get', { id: 'pmi-pmp' })).certification.updatedAt).toBe(BUILTIN_CATALOG_RELEASED_AT);
    again.close();
  });
});
