/**
 * Load rules across files: template slugs unique, `supersedes` slugs free and claimed once, and declared
 * attachments present beside their template.
 */

import { type Page, validItems } from './page.ts';
import { fileFinding, findingAt, offsetOf } from './page-findings.ts';
import type { LoadState } from './rules.ts';
import type { Finding } from './types.ts';

function templates(state: LoadState): Page[] {
  return state.pages.filter((page) => page.kind === 'template');
}

/**
 * Ensure template slugs (file names) are unique across the category folders: the slug is the page's address.
 * The later file in path order is reported, naming the earlier one.
 */
export function checkDuplicateSlugs(state: LoadState): Finding[] {
  const first = new Map<string, Page>();
  const findings: Finding[] = [];
  for (const page of templates(state)) {
    const earlier = first.get(page.slug);
    if (!earlier) {
      first.set(page.slug, page);
      continue;
    }
    findings.push(
      fileFinding(
        page.file,
        `Slug "${page.slug}" bruges også af ${earlier.file}; begge ville få adressen ${page.url}. Giv den ene fil et andet navn.`,
      ),
    );
  }
  return findings;
}

/**
 * Ensure every `supersedes` slug can become a redirect: it is not the slug of a template that exists, and no
 * other template claims it too (an old address can lead to one place only).
 */
export function checkSupersedes(state: LoadState): Finding[] {
  const live = new Set(templates(state).map((page) => page.slug));
  const claimed = new Map<string, string>();
  const findings: Finding[] = [];
  for (const page of templates(state)) {
    for (const { value: old, index } of validItems(page, 'supersedes')) {
      const at = offsetOf(page, ['supersedes', index], true);
      const other = claimed.get(old);
      if (live.has(old)) {
        findings.push(
          findingAt(
            page,
            at,
            `supersedes "${old}" er navnet på en eksisterende skabelon; fjern den gamle fil, eller ret supersedes.`,
          ),
        );
      } else if (other) {
        findings.push(
          findingAt(
            page,
            at,
            `supersedes "${old}" bruges også af ${other}; en gammel adresse kan kun pege ét sted hen. Fjern den fra den ene skabelon.`,
          ),
        );
      } else claimed.set(old, page.file);
    }
  }
  return findings;
}

/** Ensure every declared attachment is a file beside its template: the build copies it next to the page. */
export function checkAttachmentsPresent(state: LoadState): Finding[] {
  const findings: Finding[] = [];
  for (const page of templates(state)) {
    const folder = page.path.slice(0, page.path.lastIndexOf('/') + 1);
    for (const { value: name, index } of validItems(page, 'attachments')) {
      if (state.files.has(`${folder}${name}`)) continue;
      findings.push(
        findingAt(
          page,
          offsetOf(page, ['attachments', index], true),
          `Bilaget "${name}" findes ikke ved siden af ${page.slug}.mdx. Læg filen i mappen, eller fjern den fra attachments.`,
        ),
      );
    }
  }
  return findings;
}
