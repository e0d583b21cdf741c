import { describe, expect, it } from 'vitest';
import { addDays, addMonths, formatDate, isoDay, isReviewOverdue } from './dates.ts';

describe('dates', () => {
  it('adds months, clamping to the last day of the month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2025-11-15', 12)).toBe('2026-11-15');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-12-01', -1)).toBe('2026-11-30');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-11-30', 14)).toBe('2026-12-14');
  });

  it('marks a template overdue only after its interval has passed (fixed "today")', () => {
    expect(isReviewOverdue('2025-11-28', 12, '2026-11-28')).toBe(false);
    expect(isReviewOverdue('2025-11-27', 12, '2026-11-28')).toBe(true);
    expect(isReviewOverdue('2023-05-01', 24, '2026-11-28')).toBe(true);
  });

  it('formats Danish dates and converts timestamps to the Copenhagen day', () => {
    expect(formatDate('2026-10-01')).toBe('1. oktober 2026');
    expect(isoDay('2026-03-07T23:30:00Z')).toBe('2026-03-08');
  });
});
