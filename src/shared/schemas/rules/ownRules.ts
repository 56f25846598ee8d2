import type { z } from 'zod';
import { checkMaintenance, checkOutline } from './checkRules';
import { ExamOutlineSchema } from './exam';
import { MaintenanceSchema } from './maintenance';

/**
 * Rules a person fills in where the catalog is silent: renewal rules for a credential they hold,
 * an exam outline for a track. They are stored with that credential or track only; the built-in
 * entry is never edited. The same cross-field checks apply as to catalog entries, and a filled-in
 * rule must actually say something (a cycle, a total, a category; domains that add up to 100).
 */

export const OwnMaintenanceSchema = MaintenanceSchema.superRefine((m, ctx) => {
  checkMaintenance(m, [], ctx);
  if (m.kind === 'unknown') {
    ctx.addIssue({ code: 'custom', path: ['kind'], message: 'Choose how it is renewed; “unknown” is what you are filling in' });
  }
  if (m.kind === 'continuing-education') {
    if (m.totalUnits === null) ctx.addIssue({ code: 'custom', path: ['totalUnits'], message: 'How many units a cycle needs' });
    if (m.unitName === null || m.unitName === '') ctx.addIssue({ code: 'custom', path: ['unitName'], message: 'Name the unit, e.g. PDU or CPD point' });
    if (m.groups.length === 0) ctx.addIssue({ code: 'custom', path: ['groups'], message: 'Add at least one category to log activities against' });
  }
  if (m.kind === 'retake' && m.cycleYears === null) {
    ctx.addIssue({ code: 'custom', path: ['cycleYears'], message: 'How many years until the exam must be passed again' });
  }
});
export type OwnMaintenance = z.infer<typeof OwnMaintenanceSchema>;

export const OwnOutlineSchema = ExamOutlineSchema.superRefine((outline, ctx) => {
  checkOutline(outline, [], ctx);
  if (outline.domains.length === 0 && outline.questions === null && outline.durationMinutes === null) {
    ctx.addIssue({ code: 'custom', path: ['domains'], message: 'Fill in at least the domains, the number of questions or the duration' });
  }
});
