import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type * as z from 'zod';
import { CATEGORY_FOLDERS } from '#model/categories.ts';
import { type MeetingData, meetingSchema } from '#model/library/meeting.ts';
import { type NewsData, newsSchema } from '#model/library/news.ts';
import { type TemplateData, templateSchema } from '#model/library/template.ts';
import type { Problem } from '../../problems/problem.ts';
import type { RawEntry } from './read-library.ts';

/** A validated entry: the raw file plus its typed frontmatter. */
export type Valid<T> = Omit<RawEntry, 'data'> & { data: T };

export interface ValidatedLibrary {
  templates: Valid<TemplateData>[];
  news: Valid<NewsData>[];
  meetings: Valid<MeetingData>[];
  problems: Problem[];
}

const FOLDERS = new Set([...Object.values(CATEGORY_FOLDERS), 'nyheder', 'moeder']);

function problem(entry: RawEntry, key: string | undefined, rule: string, message: string): Problem {
  const line = (key && entry.keyLines[key]) || 1;
  return { file: entry.file, line, column: 1, rule, severity: 'error', message };
}

function schemaProblems(entry: RawEntry, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => {
    const key = typeof issue.path[0] === 'string' ? issue.path[0] : undefined;
    // Missing required keys: say which key, since zod's message alone does not.
    const missing = issue.code === 'invalid_type' && key !== undefined && !(key in entry.data);
    const message = missing ? `Feltet ${key} mangler i frontmatter` : issue.message;
    return problem(entry, key, issue.code === 'unrecognized_keys' ? 'ukendt-felt' : 'frontmatter', message);
  });
}

/**
 * Validate every entry: frontmatter schema, category matching its folder, unique template slugs, redirects
 * that do not collide with live slugs, and attachments present beside the MDX file. Collects all problems.
 */
export function validateLibrary(raw: readonly RawEntry[], ownerCodes: ReadonlySet<string>): ValidatedLibrary {
  const out: ValidatedLibrary = { templates: [], news: [], meetings: [], problems: [] };
  const tSchema = templateSchema({ ownerCodes });
  for (const entry of raw) {
    if (entry.parseError) {
      const { line, column, message } = entry.parseError;
      out.problems.push({
        file: entry.file,
        line,
        column,
        rule: 'frontmatter',
        severity: 'error',
        message: `Frontmatter kan ikke læses (${message}); ret YAML-blokken mellem --- og ---`,
      });
      continue;
    }
    if (!FOLDERS.has(entry.folder)) {
      out.problems.push(
        problem(
          entry,
          undefined,
          'ukendt-mappe',
          `Mappen "${entry.folder}" er ikke en kategori; flyt filen til en af: ${[...FOLDERS].join(', ')}`,
        ),
      );
      continue;
    }
    if (entry.kind === 'news' || entry.kind === 'meeting') {
      const result = (entry.kind === 'news' ? newsSchema : meetingSchema).safeParse(entry.data);
      if (!result.success) out.problems.push(...schemaProblems(entry, result.error));
      else if (entry.kind === 'news') out.news.push({ ...entry, data: result.data as NewsData });
      else out.meetings.push({ ...entry, data: result.data as MeetingData });
      continue;
    }
    const result = tSchema.safeParse(entry.data);
    if (!result.success) {
      out.problems.push(...schemaProblems(entry, result.error));
      continue;
    }
    const data = result.data;
    if (CATEGORY_FOLDERS[data.category] !== entry.folder) {
      out.problems.push(
        problem(
          entry,
          'category',
          'kategori-mappe',
          `category "${data.category}" passer ikke til mappen "${entry.folder}"; flyt filen til ${CATEGORY_FOLDERS[data.category]}/ eller ret category`,
        ),
      );
    }
    for (const name of data.attachments) {
      if (!existsSync(join(dirname(entry.path), name))) {
        out.problems.push(
          problem(
            entry,
            'attachments',
            'bilag-mangler',
            `Bilaget "${name}" findes ikke ved siden af ${entry.file}; læg filen i samme mappe eller fjern den fra attachments`,
          ),
        );
      }
    }
    out.templates.push({ ...entry, data });
  }
  out.problems.push(...slugProblems(out.templates));
  return out;
}

/** Ensure template slugs are unique and no `supersedes` slug is a live slug or claimed twice. */
function slugProblems(templates: readonly Valid<TemplateData>[]): Problem[] {
  const problems: Problem[] = [];
  const bySlug = new Map<string, Valid<TemplateData>>();
  for (const t of templates) {
    const first = bySlug.get(t.slug);
    if (first)
      problems.push(
        problem(
          t,
          undefined,
          'unik-slug',
          `Skabelonen "${t.slug}" findes også i ${first.file}; giv filen et andet navn`,
        ),
      );
    else bySlug.set(t.slug, t);
  }
  const claimed = new Map<string, string>();
  for (const t of templates) {
    for (const old of t.data.supersedes) {
      if (bySlug.has(old)) {
        problems.push(
          problem(
            t,
            'supersedes',
            'omdirigering',
            `supersedes "${old}" er navnet på en eksisterende skabelon; fjern den gamle fil eller ret supersedes`,
          ),
        );
      } else if (claimed.has(old)) {
        problems.push(
          problem(
            t,
            'supersedes',
            'omdirigering',
            `supersedes "${old}" bruges også af ${claimed.get(old)}; en gammel adresse kan kun pege ét sted hen`,
          ),
        );
      } else claimed.set(old, t.file);
    }
  }
  return problems;
}
