/**
 * How hard the reliability suite pushes. `npm run test:reliability` sets CERTPLAN_RELIABILITY=full
 * (at least 200 kills and 200 payloads per method); inside `npm test` it runs short (20 and 20),
 * so it stays a small share of the CI run.
 */
export const FULL = process.env.CERTPLAN_RELIABILITY === 'full';

export const KILLS = FULL ? 200 : 20;
export const PAYLOADS_PER_METHOD = FULL ? 200 : 20;

/** One seed per run, printed, so a failure can be replayed with CERTPLAN_SEED=<n>. */
export const SEED = process.env.CERTPLAN_SEED ? Number(process.env.CERTPLAN_SEED) : Math.floor(Math.random() * 2 ** 31);
