import type * as z from 'zod';
import { meetingSchema } from '#model/library/meeting.ts';
import { newsSchema } from '#model/library/news.ts';
import { templateSchema } from '#model/library/template.ts';
import type { Problem } from '../problems/problem.ts';
import { CATEGORY_FOLDERS } from './categories.ts';
import type { CheckContext } from './check-context.ts';
import { selectedEntries } from './check-context.ts';
import type { LibraryEntry } from './library-types.ts';

/**
 * Ensure every page's frontmatter satisfies the site's own zod schema (the same one Astro builds with), and
 * that a template's category matches its folder. Loading problems (unreadable YAML, unknown folders) join here.
 */
export function checkFrontmatter(ctx: CheckContext): Problem[] {
  const schemas = {
    template: templateSchema({ ownerCodes: new Set(ctx.registry.municipalities.keys()) }),
    news: newsSchema,
    meeting: meetingSchema,
  };
  const problems: Problem[] = ctx.library.problems.filter((p) => !ctx.selected || ctx.selected.has(p.file));
  for (const entry of selectedEntries(ctx)) {
    if (!entry.data) continue; // the loader already reported why
    const result = schemas[entry.kind].safeParse(entry.data);
    if (!result.success) problems.push(...result.error.issues.map((issue) => issueProblem(entry, issue)));
    const category = entry.data.category;
    const expected = CATEGORY_FOLDERS[entry.folder];
    if (entry.kind === 'template' && typeof category === 'string' && expected && category !== expected) {
      problems.push(
        at(
          entry,
          entry.offsetOf(['category'], true),
          `category "${category}" passer ikke til mappen ${entry.folder}/. Skriv category: ${expected}, eller flyt filen til den rigtige mappe.`,
        ),
      );
    }
  }
  return problems;
}

/** Ensure template slugs (file names) are unique across all category folders: they become the page URL. */
export function checkUniqueSlugs(ctx: CheckContext): Problem[] {
  const seen = new Map<string, LibraryEntry>();
  const problems: Problem[] = [];
  for (const entry of ctx.library.entries) {
    const key = `${entry.kind}:${entry.slug}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, entry);
      continue;
    }
    problems.push(
      at(
        entry,
        0,
        `Slug "${entry.slug}" bruges også af ${first.file}; begge ville få adressen ${entry.url}. Giv den ene fil et andet navn.`,
      ),
    );
  }
  return problems;
}

function issueProblem(entry: LibraryEntry, issue: z.core.$ZodIssue): Problem {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    return at(entry, entry.offsetOf([...path, issue.keys[0] ?? '']), issue.message);
  }
  const label = path.length ? `${path.join('.')}: ` : '';
  const message = path.length && issue.message.startsWith(String(path[0])) ? issue.message : `${label}${issue.message}`;
  return at(entry, entry.offsetOf(path), message);
}

function at(entry: LibraryEntry, offset: number, message: string): Problem {
  return { file: entry.file, ...entry.position(offset), rule: 'frontmatter', severity: 'error', message };
}
