import { afterEach, describe, expect, it, vi } from 'vitest';
import { draftStorage } from '../../../src/renderer/forms/draftStorage';
import { explainCategory } from '../../../src/renderer/format/ceCategories';
import { localizeDates } from '../../../src/renderer/format/dates';
import { createNoticeStore } from '../../../src/renderer/stores/createNoticeStore';
import { createUnsavedStore } from '../../../src/renderer/stores/createUnsavedStore';
import { safeReturnPath, withReturn } from '../../../src/renderer/views/records/returnPath';
import { STEPS_FOR, currentStep } from '../../../src/renderer/views/start/guidedSteps';

afterEach(() => vi.useRealTimers());

describe('where a record form goes back to', () => {
  it.each([
    ['/tracks/track-1/prerequisites', true],
    ['/start', true],
    ['/start?step=experience', true],
    ['/credentials/credential-9', true],
    ['/', true],
    ['https://evil.example/', false],
    ['//evil.example', false],
    ['/tracks/../../etc', false],
    ['javascript:alert(1)', false],
  ])('%s is accepted: %s', (path, ok) => {
    expect(safeReturnPath(path) !== null).toBe(ok);
  });

  it('builds links that carry the way back', () => {
    expect(withReturn('/records/profile', '/start?step=education')).toBe('/records/profile?returnTo=%2Fstart%3Fstep%3Deducation');
  });
});

describe('unsaved forms', () => {
  it('are listed while dirty and dropped when clean', () => {
    const store = createUnsavedStore();
    store.getState().mark('experience:new#1', 'the experience entry');
    expect(store.getState().forms).toEqual({ 'experience:new#1': 'the experience entry' });
    store.getState().mark('experience:new#1', null);
    expect(store.getState().forms).toEqual({});
  });
});

describe('notices with an Undo', () => {
  it('stay while held (hover or focus) and go a little after being let go', () => {
    vi.useFakeTimers();
    const store = createNoticeStore();
    const id = store.getState().show({ kind: 'info', message: 'Deleted “X”.', action: { label: 'Undo', run: () => undefined } });
    store.getState().hold(id);
    vi.advanceTimersByTime(60_000);
    expect(store.getState().notices).toHaveLength(1);
    store.getState().release(id);
    vi.advanceTimersByTime(5_001);
    expect(store.getState().notices).toHaveLength(0);
  });
});

describe('drafts kept on this computer', () => {
  it('round-trip through storage and can be removed (memory when storage is missing)', () => {
    draftStorage.write('unit:test', { a: 1 });
    expect(draftStorage.read('unit:test')).toEqual({ a: 1 });
    draftStorage.remove('unit:test');
    expect(draftStorage.read('unit:test')).toBeUndefined();
  });
});

describe('the guided start', () => {
  it('resumes at the first step neither done nor skipped, and honours a step asked for', () => {
    const state = { goal: 'both' as const, steps: { credential: 'done' as const, ce: 'skipped' as const }, trackId: null, credentialId: null, closed: false };
    expect(STEPS_FOR.both.slice(0, 3)).toEqual(['credential', 'ce', 'certification']);
    expect(currentStep(state, null)).toBe('certification');
    expect(currentStep(state, 'ce')).toBe('ce');
    expect(currentStep(state, 'nonsense')).toBe('certification');
    expect(currentStep({ ...state, goal: 'maintain' }, null)).toBe('done');
  });
});

describe('plain words', () => {
  it('explains a CE category by what it is and by its rules', () => {
    expect(explainCategory({ id: 'power-skills', name: 'Power Skills', min: 8, max: null }, 'PDU')).toBe(
      'Learning people skills: leadership, communication, collaboration. In a cycle: at least 8 PDUs.',
    );
    expect(explainCategory({ id: 'unknown-one', name: 'Odd category', min: null, max: 5 }, 'point')).toBe('Odd category. In a cycle: at most 5 points count.');
  });

  it('writes dates found in the core’s sentences the same way as every other date', () => {
    expect(localizeDates('latest practice score 60% (2026-11-20)')).toMatch(/^latest practice score 60% \(.*20.*\)$/);
    expect(localizeDates('latest practice score 60% (2026-11-20)')).not.toContain('2026-11-20');
  });
});
