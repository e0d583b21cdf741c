/**
 * Security headers sent on every gate response. Computed once per gate; the issuer's origin is added to
 * `form-action` because Chrome applies `form-action` to the redirect after the logout POST (w3c/webappsec-csp#8).
 */
import { isLoopbackHost } from './config.ts';

export interface HeaderOptions {
  publicUrl: URL;
  issuer: URL;
}

/** The fixed header set: CSP, HSTS (not on localhost), nosniff, referrer and opener policies. */
export function securityHeaders(options: HeaderOptions): Record<string, string> {
  const csp = [
    "default-src 'self'",
    // Pagefind compiles WebAssembly; no eval, no inline script.
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    "img-src 'self' data:",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "object-src 'none'",
    `form-action 'self' ${options.issuer.origin}`,
  ].join('; ');
  const headers: Record<string, string> = {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  };
  // Browsers ignore HSTS over http, and pinning https on localhost would break other local development.
  if (options.publicUrl.protocol === 'https:' && !isLoopbackHost(options.publicUrl.hostname)) {
    headers['Strict-Transport-Security'] = 'max-age=31536000; includeSubDomains';
  }
  return headers;
}
