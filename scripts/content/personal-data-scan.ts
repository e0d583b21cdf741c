/** The same-line marker for a deliberate public function address or number (e.g. a switchboard). */
export const PUBLIC_CONTACT_MARKER = /offentlig-kontakt/i;

/** Domains used as placeholders in templates (fx `fornavn.efternavn@kommune.dk`). */
export const PLACEHOLDER_DOMAINS: ReadonlySet<string> = new Set([
  'kommune.dk',
  'kommunen.dk',
  'domæne.dk',
  'domaene.dk',
  'leverandoer.dk',
  'leverandør.dk',
]);

const EMAIL = /(?<![\p{L}\p{N}._%+-])([\p{L}\p{N}._%+-]+)@((?:[\p{L}\p{N}-]+\.)+[\p{L}]{2,})/gu;
const PHONE =
  /(?<![\p{L}\p{N}+_])(?:(\+45|0045)[ .-]?)?(\d{2}([ .-]?)\d{2}([ .-]?)\d{2}([ .-]?)\d{2})(?![\p{L}\p{N}_]|[-.,/ ]\d)/gu;
const PHONE_WORD = /(tlf|telefon|mobil|mob\.|fax|ring\w*|sms)[^\n]{0,25}$/iu;

export interface Found {
  offset: number;
  value: string;
}

/** True for `example.*`, `eksempel.*`, reserved test TLDs and the listed placeholder domains. */
export function isPlaceholderDomain(domain: string): boolean {
  const d = domain.toLowerCase();
  return (
    PLACEHOLDER_DOMAINS.has(d) ||
    /(^|\.)(example|eksempel)\.[a-z]+$/.test(d) ||
    /\.(example|test|invalid|localhost)$/.test(d)
  );
}

/** True when `domain` or one of its parents is a work domain (subdomains of kk.dk count as kk.dk). */
export function isWorkDomain(domain: string, workDomains: ReadonlySet<string>): boolean {
  const labels = domain.toLowerCase().split('.');
  for (let i = 0; i < labels.length - 1; i++) if (workDomains.has(labels.slice(i).join('.'))) return true;
  return false;
}

/** E-mail addresses whose domain is neither a work domain nor a placeholder, skipping marked lines. */
export function findPrivateEmails(text: string, workDomains: ReadonlySet<string>, allowPlaceholders: boolean): Found[] {
  const found: Found[] = [];
  for (const m of text.matchAll(EMAIL)) {
    const domain = m[2] ?? '';
    if (isWorkDomain(domain, workDomains) || (allowPlaceholders && isPlaceholderDomain(domain))) continue;
    if (PUBLIC_CONTACT_MARKER.test(lineOf(text, m.index))) continue;
    found.push({ offset: m.index, value: m[0] });
  }
  return found;
}

/**
 * Danish phone numbers: eight digits after +45/0045, written in pairs (`12 34 56 78`), or after a phone word
 * ("tlf", "mobil", …) on the same line. Placeholders (`12345678`, one repeated digit) and marked lines are skipped.
 */
export function findPhoneNumbers(text: string): Found[] {
  const found: Found[] = [];
  for (const m of text.matchAll(PHONE)) {
    // The tail of a longer digit group (an account number written in pairs) is not a phone number.
    if (' -./'.includes(text[m.index - 1] ?? 'x') && /\d/.test(text[m.index - 2] ?? '')) continue;
    const digits = (m[2] ?? '').replace(/\D/g, '');
    const pairs = m[3] === ' ' && m[4] === ' ' && m[5] === ' ';
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (!m[1] && !pairs && !PHONE_WORD.test(before)) continue;
    if (/^(\d)\1{7}$/.test(digits) || digits === '12345678' || digits === '87654321') continue;
    if (PUBLIC_CONTACT_MARKER.test(lineOf(text, m.index))) continue;
    found.push({ offset: m.index, value: m[0] });
  }
  return found;
}

function lineOf(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return text.slice(start, end === -1 ? text.length : end);
}
