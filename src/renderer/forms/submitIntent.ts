import type { FormEvent } from 'react';

/** Which submit button sent the form: "Save and add another" (`another`) or the main one. */
export function wantsAnother(event: FormEvent<HTMLFormElement>): boolean {
  return (event.nativeEvent as SubmitEvent).submitter?.getAttribute('value') === 'another';
}
