/**
 * One policy for every way the renderer is served (app:// in Electron, the loopback web host, and
 * the meta tag in the built index.html): scripts and styles only from the app itself, no inline
 * script, no eval, no plugins, no framing, network access only back to the app's own origin.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** `frame-ancestors` only works as a header; browsers warn when a <meta> tag carries it. */
export const META_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.split('; ')
  .filter((directive) => !directive.startsWith('frame-ancestors'))
  .join('; ');
