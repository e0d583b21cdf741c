/**
 * Findings at a place in a page: a frontmatter key or value, a schema issue, or the file as a whole. Positions
 * point at the key or value the problem is about, so an editor jumps straight to it.
 */
import type * as z from 'zod';
import type { Page } from './page.ts';
import type { Finding } from './types.ts';

/** An error at an offset of the page's source. */
export function findingAt(page: Page, offset: number, message: string): Finding {
  return { file: page.file, ...page.source.position(offset), severity: 'error', message };
}

/** An error about the whole file (line 1, column 1). */
export function fileFinding(file: string, message: string): Finding {
  return { file, line: 1, column: 1, severity: 'error', message };
}

/** Offset of a frontmatter key (or its value) in the page's source; the file start when there is no frontmatter. */
export function offsetOf(page: Page, path: readonly PropertyKey[], value = false): number {
  return page.split?.offsetOf(path, value) ?? 0;
}

/**
 * A schema issue as a finding, at the key it concerns: an unknown key at that key, a bad list item at the item,
 * a missing key at the start of the frontmatter with a message that names it. The schemas' own Danish messages
 * name the field; other messages get the field path in front.
 */
export function issueFinding(page: Page, issue: z.core.$ZodIssue): Finding {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    return findingAt(page, offsetOf(page, [...path, issue.keys[0] ?? '']), issue.message);
  }
  const data = page.split?.data ?? {};
  const key = path[0];
  if (path.length === 1 && typeof key === 'string' && !(key in data)) {
    return findingAt(page, offsetOf(page, path), `Feltet ${key} mangler i frontmatter: ${issue.message}`);
  }
  const label = path.length ? `${path.join('.')}: ` : '';
  const message = path.length && issue.message.startsWith(String(key)) ? issue.message : `${label}${issue.message}`;
  return findingAt(page, offsetOf(page, path), message);
}
