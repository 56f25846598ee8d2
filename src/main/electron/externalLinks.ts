import { parseUrl } from './appOrigin';

/**
 * The only URLs Certplan hands to the operating system: parsed, http or https, no credentials.
 * Everything else (file:, javascript:, custom schemes that launch other programs) is dropped.
 */
export function externalHttpUrl(url: string): string | null {
  const parsed = parseUrl(url);
  if (!parsed) return null;
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.username !== '' || parsed.password !== '') return null;
  return parsed.href;
}
