/**
 * How Certplan counts experience, stated once: the core's counting functions implement exactly
 * this and the screens show this text, so what a person reads is what the engine does.
 */
export const EXPERIENCE_MONTH_RULE =
  'Experience counts in whole months: the start and end months of an entry both count in full, an ongoing entry runs to the current month, and a month counts once however many entries cover it. Only months inside a requirement’s window (the months ending with the current one) count.';
