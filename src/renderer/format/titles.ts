/**
 * "Project Management Professional (PMP)": a certification's name with its acronym, unless the
 * name already carries it ("AWS Certified Solutions Architect – Associate (SAA-C03)" would
 * otherwise read "(SAA-C03) (SAA-C03)").
 */
export function nameWithAcronym(name: string, acronym: string): string {
  if (acronym.trim() === '' || name.toLocaleLowerCase().includes(`(${acronym.toLocaleLowerCase()})`) || name === acronym) return name;
  return `${name} (${acronym})`;
}
