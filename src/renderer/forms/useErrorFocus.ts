import { type RefObject, useEffect, useRef } from 'react';

/**
 * After a failed submit, the keyboard goes to the first field in error (or, when the error names
 * no field, to the form's error message), so nobody has to hunt for what to fix. `errors` is the
 * form's error state: a new value after each failed submit moves focus again.
 */
export function useErrorFocus<T extends HTMLElement = HTMLFormElement>(errors: unknown): RefObject<T | null> {
  const ref = useRef<T>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (!hasErrors(errors)) return;
    const form = ref.current;
    if (!form) return;
    // After the render that drew the messages.
    const id = requestAnimationFrame(() => {
      const field = form.querySelector<HTMLElement>('[aria-invalid="true"]');
      const box = form.querySelector<HTMLElement>('.error-box, .field-error');
      const target = field ?? box;
      if (!target) return;
      if (target === box && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.focus();
      target.scrollIntoView?.({ block: 'center' });
    });
    return () => cancelAnimationFrame(id);
  }, [errors]);
  return ref;
}

function hasErrors(errors: unknown): boolean {
  if (errors === null || errors === undefined || errors === false || errors === '') return false;
  if (Array.isArray(errors)) return errors.some(hasErrors);
  if (typeof errors === 'object') return Object.keys(errors).length > 0;
  return true;
}
