import type { Draft, FieldErrors } from './draftModel';

/** Sections change the draft through this: a mutable copy is handed in, React gets a new object. */
export type Edit = (change: (draft: Draft) => void) => void;

export interface SectionProps {
  draft: Draft;
  edit: Edit;
  errors: FieldErrors;
}
