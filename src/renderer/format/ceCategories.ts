/**
 * What a continuing-education category means, for the names that must stay (the bodies use them
 * on their forms). Keyed by the catalog's category and group ids; a category without an entry is
 * explained by its rules alone (see explainCategory).
 */
const MEANINGS: Record<string, string> = {
  education: 'Learning: courses, webinars, reading and training, in PMI’s three areas (the Talent Triangle).',
  'ways-of-working': 'Learning about ways of working: predictive, agile and hybrid methods and tools.',
  'power-skills': 'Learning people skills: leadership, communication, collaboration.',
  'business-acumen': 'Learning about the business side: strategy, finance, markets and the organisation.',
  'giving-back': 'Giving back to the profession: doing the work, volunteering, creating content, sharing knowledge.',
  'working-as-practitioner': 'Doing the work itself: time spent working as a project professional.',
  'volunteering-and-content': 'Volunteering, writing or presenting on the profession, mentoring and sharing knowledge.',
  cpd: 'Continuing professional development: any learning or professional activity PeopleCert counts toward CPD points.',
  seu: 'Scrum Educational Units: learning about Scrum and agile, about one unit per hour.',
  training: 'Courses and webinars on the exam’s topics, about one CEU per hour.',
  'work-experience': 'Work in the field, confirmed by a letter from the employer on letterhead.',
};

export function explainCategory(
  category: { id: string; name: string; min: number | null; max: number | null; maxPerYear?: number | null },
  unitName: string,
): string {
  const rules = [
    category.min !== null ? `at least ${category.min} ${unitName}s` : null,
    category.max !== null ? `at most ${category.max} ${unitName}s count` : null,
    category.maxPerYear ? `at most ${category.maxPerYear} a year` : null,
  ].filter(Boolean);
  const meaning = MEANINGS[category.id] ?? `${category.name}.`;
  return rules.length > 0 ? `${meaning} In a cycle: ${rules.join(', ')}.` : meaning;
}
