import { describe, expect, it } from 'vitest';
import { fieldErrorsFrom, numberOrNaN, unplacedMessage } from '../../../src/renderer/forms/fieldErrors';

const error = {
  code: 'invalid_input' as const,
  message: 'patch.minutes: At most 1440 minutes (24 h)',
  details: {
    issues: [
      { path: 'patch.minutes', message: 'At most 1440 minutes (24 h)' },
      { path: 'patch.minutes', message: 'A second message for the same field' },
      { path: 'patch.date', message: 'Cannot be in the future' },
    ],
  },
};

describe('core errors on forms', () => {
  it('keys the first message of each field by its path, without the wrapper', () => {
    expect(fieldErrorsFrom(error, 'patch.')).toEqual({ minutes: 'At most 1440 minutes (24 h)', date: 'Cannot be in the future' });
  });

  it('gives the error message only when no field the form shows is named', () => {
    expect(unplacedMessage(error, ['minutes'], 'patch.')).toBeNull();
    expect(unplacedMessage({ code: 'conflict', message: 'Set up preparation first' }, ['minutes'])).toBe('Set up preparation first');
    expect(unplacedMessage({ ...error, details: { issues: [{ path: 'availability.3', message: 'x' }] } }, ['availability'])).toBeNull();
  });

  it('sends an empty number field as NaN, so the core names it', () => {
    expect(numberOrNaN(null)).toBeNaN();
    expect(numberOrNaN(45)).toBe(45);
  });
});
