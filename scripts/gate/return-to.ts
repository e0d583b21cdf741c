/**
 * Where to send the member after login. Only same-site relative paths are accepted, so the login flow can never
 * be turned into an open redirect (pattern from oauth2-proxy's redirect validator).
 */

/** Ensure `value` is a relative path on this site: starts with one `/`, no `//`, no `/\`, no scheme, no control chars. */
export function safeReturnTo(value: string | null | undefined): string {
  if (!value || value.length > 2048) return '/';
  if (!value.startsWith('/')) return '/';
  if (value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (value.includes('\\')) return '/';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters and whitespace are refused
  if (/[\u0000-\u001f\u007f\s]/.test(value)) return '/';
  // Resolve against a dummy origin: anything that escapes it (e.g. `/%2F%2Fevil` decoded elsewhere) is refused.
  try {
    const url = new URL(value, 'http://gate.invalid');
    if (url.origin !== 'http://gate.invalid') return '/';
    return `${url.pathname}${url.search}`;
  } catch {
    return '/';
  }
}
