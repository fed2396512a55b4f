/**
 * The one Content-Security-Policy of the renderer: no inline script, no eval, nothing from elsewhere.
 * Sent as a header in web mode and enforced on every response in the Electron shell, whose exercise media
 * come through its own `gymdeck-media:` scheme.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob: gymdeck-media:",
  "media-src 'self' blob: gymdeck-media:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
