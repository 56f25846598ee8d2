import { expect, it } from 'vitest';
import { nameWithAcronym } from '../../../src/renderer/format/titles';

it('adds the acronym to a certification’s name unless the name already carries it', () => {
  expect(nameWithAcronym('Project Management Professional', 'PMP')).toBe('Project Management Professional (PMP)');
  expect(nameWithAcronym('AWS Certified Solutions Architect – Associate (SAA-C03)', 'SAA-C03')).toBe('AWS Certified Solutions Architect – Associate (SAA-C03)');
  expect(nameWithAcronym('CompTIA Security+ (SY0-701)', 'Security+')).toBe('CompTIA Security+ (SY0-701) (Security+)');
  expect(nameWithAcronym('PMP', 'PMP')).toBe('PMP');
  expect(nameWithAcronym('Our own credential', '')).toBe('Our own credential');
});
