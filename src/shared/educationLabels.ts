import type { EducationLevel } from './schemas/certification';

/** Education levels in words; the screens and the core's summaries and application pack share them. */
export const EDUCATION_LABELS: Record<EducationLevel, string> = {
  none: 'No formal degree',
  secondary: 'Secondary (high school or equivalent)',
  associate: 'Associate degree',
  bachelor: 'Bachelor’s / four-year degree',
  master: 'Master’s degree',
  doctorate: 'Doctorate',
};
