import { backupCases } from './backupCases';
import { firstHourCases } from './firstHourCases';
import { flashcardCases } from './flashcardCases';
import { foundationCases } from './foundationCases';
import { prerequisitesCases } from './prerequisitesCases';
import { preparationCases } from './preparationCases';
import { recordsCases } from './recordsCases';
import { reminderCenterCases } from './reminderCenterCases';
import { renewalCases } from './renewalCases';
import { rulesCases } from './rulesCases';
import type { MethodCases } from './types';

/** Each slice adds its own file of cases here. */
export const METHOD_CASES: MethodCases = {
  ...foundationCases,
  ...recordsCases,
  ...prerequisitesCases,
  ...preparationCases,
  ...renewalCases,
  ...reminderCenterCases,
  ...backupCases,
  ...firstHourCases,
  ...rulesCases,
  ...flashcardCases,
};
