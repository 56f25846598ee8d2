/**
 * How Certplan counts experience, stated once: the core's counting functions implement exactly
 * this and the screens show this text, so what a person reads is what the engine does.
 */
export const EXPERIENCE_MONTH_RULE =
  'Experience counts in whole months: an entry’s first and last months count as whole months, ongoing work runs to this month, and a month counts once however many entries cover it. Only recent months count: those within the years a certification looks back over, up to this month.';
