/**
 * Load rules about one file at a time: where an MDX file sits, its name, its frontmatter's syntax and schema,
 * its category against its folder, and whether an Office attachment can be read.
 */
import { CATEGORIES, CATEGORY_BY_FOLDER, type Category, LIBRARY_FOLDERS } from '#model/categories.ts';
import { fileFinding, findingAt, issueFinding, offsetOf } from './page-findings.ts';
import type { LoadState } from './rules.ts';
import type { Finding } from './types.ts';

/** Ensure every MDX file is at `<folder>/<slug>.mdx` in a known folder: the site builds no other place. */
export function checkLibraryFolder(state: LoadState): Finding[] {
  return state.pages
    .filter((page) => !page.kind)
    .map((page) =>
      fileFinding(
        page.file,
        `"${page.file}" ligger ikke i en kendt mappe. Flyt filen til en af mapperne: ${LIBRARY_FOLDERS.join(', ')}.`,
      ),
    );
}

/** Ensure every file name is a valid slug: it becomes the page's address. */
export function checkFileName(state: LoadState): Finding[] {
  return state.pages
    .filter((page) => page.kind && !page.validSlug)
    .map((page) =>
      fileFinding(
        page.file,
        `Filnavnet "${page.slug}.mdx" er ikke en gyldig slug. Brug små bogstaver a-z, tal og bindestreger (fx "beredskabsplan.mdx").`,
      ),
    );
}

/** Ensure every page starts with a `---` block of YAML that is a mapping. */
export function checkFrontmatterSyntax(state: LoadState): Finding[] {
  return state.pages.flatMap((page) =>
    (page.split?.errors ?? []).map((error) =>
      findingAt(page, error.offset, `Frontmatter kan ikke læses: ${error.message}`),
    ),
  );
}

/** Ensure every page's frontmatter satisfies its kind's schema (#model/library), the one Astro builds with. */
export function checkFrontmatterSchema(state: LoadState): Finding[] {
  return state.pages.flatMap((page) => page.issues.map((issue) => issueFinding(page, issue)));
}

/** Ensure a template's category is the one its folder holds (the folder is its /kategori/ page). */
export function checkCategoryFolder(state: LoadState): Finding[] {
  const findings: Finding[] = [];
  for (const page of state.pages) {
    const category = page.split?.data?.category;
    const expected = CATEGORY_BY_FOLDER.get(page.folder);
    if (page.kind !== 'template' || !expected || !CATEGORIES.includes(category as Category)) continue;
    if (category === expected) continue;
    findings.push(
      findingAt(
        page,
        offsetOf(page, ['category'], true),
        `category "${String(category)}" passer ikke til mappen ${page.folder}/. Skriv category: ${expected}, eller flyt filen til den rigtige mappe.`,
      ),
    );
  }
  return findings;
}

/** Ensure every .docx and .xlsx attachment can be opened: one that cannot is not scanned for personal data. */
export function checkAttachmentReadable(state: LoadState): Finding[] {
  return state.unreadable.map(({ file, message }) => fileFinding(file, message));
}
