/**
 * The imported template's frontmatter, in the schema's key order (#model/library/template.ts): what the import knows
 * (title, owner, category, audience, today's date) and the rest as a new draft (`status: udkast`, `version: "1.0"`).
 */
import { stringify } from 'yaml';
import type { Category } from '#model/categories.ts';

/** The summary when the document has no short first paragraph; the schema accepts it, the author replaces it. */
export const SUMMARY_PLACEHOLDER =
  'Resumé mangler: skriv en eller to sætninger om, hvad skabelonen er, og hvem den er til.';
/** A first paragraph up to this length is the summary. */
const MAX_SUMMARY = 300;

export interface TemplateFields {
  title: string;
  summary: string;
  category: Category;
  audience: 'kerne' | 'alle';
  owner: string;
  maintainers: readonly string[];
  reviewed: string;
  attachments: readonly string[];
}

/**
 * The summary: the first of the candidates that is short enough (the contributor's own description, the Resumé
 * paragraph, the first paragraph), else the placeholder.
 */
export function chooseSummary(...candidates: (string | undefined)[]): string {
  for (const text of candidates) {
    const clean = text?.replace(/\s+/g, ' ').trim();
    if (clean && clean.length <= MAX_SUMMARY) return clean;
  }
  return SUMMARY_PLACEHOLDER;
}

/** The frontmatter block, `---` lines included. */
export function renderFrontmatter(fields: TemplateFields): string[] {
  const text = (value: string) => stringify(value, { lineWidth: 0 }).trimEnd();
  const list = (values: readonly string[]) => `[${values.map((v) => JSON.stringify(v)).join(', ')}]`;
  return [
    '---',
    `title: ${text(fields.title)}`,
    `summary: ${text(fields.summary)}`,
    `category: ${fields.category}`,
    'tags: []',
    `audience: ${fields.audience}`,
    `owner: ${JSON.stringify(fields.owner)}`,
    `maintainers: ${list(fields.maintainers)}`,
    'version: "1.0"',
    `reviewed: ${JSON.stringify(fields.reviewed)}`,
    'review_interval_months: 12',
    'status: udkast',
    'supersedes: []',
    `attachments: ${list(fields.attachments)}`,
    '---',
  ];
}
