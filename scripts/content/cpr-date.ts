import exceptions from './cpr-exception-dates.json' with { type: 'json' };

/** Birth dates (YYYY-MM-DD) with CPR numbers issued without a valid check digit; data, not code. */
export const CPR_EXCEPTION_DATES: ReadonlySet<string> = new Set(exceptions.dates);

/**
 * Birth date `YYYY-MM-DD` of a 10-digit CPR number, the century taken from the 7th digit (domain.md §2.1);
 * undefined when DDMM is not a real date in that year.
 */
export function cprBirthDate(digits: string): string | undefined {
  const day = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  const yy = Number(digits.slice(4, 6));
  const seventh = Number(digits[6]);
  const year = centuryOf(seventh, yy) + yy;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return `${year}-${digits.slice(2, 4)}-${digits.slice(0, 2)}`;
}

/** Century table from domain.md §2.1 (cpr.dk, python-stdnum, OS2datascanner agree). */
function centuryOf(seventh: number, yy: number): number {
  if (seventh <= 3) return 1900;
  if (seventh === 4 || seventh === 9) return yy <= 36 ? 2000 : 1900;
  // 5–8
  if (yy <= 57) return 2000;
  return 1800;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when the weighted digit sum (weights 4 3 2 7 6 5 4 3 2 1) is divisible by 11. */
export function mod11Valid(digits: string): boolean {
  const weights = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += Number(digits[i]) * (weights[i] ?? 0);
  return sum % 11 === 0;
}

/** The number as shown in every output: the birth date part kept, the sequence number masked. */
export function maskCpr(first6: string, separator: string): string {
  return `${first6}${separator}xxxx`;
}
