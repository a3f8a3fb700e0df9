/**
 * The one Content-Security-Policy both hosts send with the renderer (Electron's app:// protocol and
 * the browser host), so the two cannot drift apart. Only our own files run; 'unsafe-inline' for
 * styles is what React's style attributes need and cannot run script.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
