/**
 * The fixture library and registry (site/fixtures/) as the mail tests use them, with pinned file dates instead of
 * git's, so what counts as "new" does not depend on when the fixtures were committed.
 */
import { join } from 'node:path';
import { parseLibrary } from '../../library/parse-library.ts';
import { readLibraryFiles } from '../../library/read-files.ts';
import type { LibraryEntry } from '../../library/types.ts';
import { loadRegistry } from '../../registry/load.ts';
import type { Registry } from '../../registry/types.ts';
import type { ComposeContext } from '../compose.ts';
import type { FileDates } from '../newsletter-content.ts';

export const FIXTURE_LIBRARY = join(import.meta.dirname, '../../../site/fixtures/library');
export const FIXTURE_REGISTRY = join(import.meta.dirname, '../../../site/fixtures/registry');
export const SITE_URL = 'https://sikkerhedsnet.example.dk';

/** Pinned "git" dates by slug; slugs not listed count as added on 2026-01-01 and never changed. */
export const FIXTURE_DATES: Readonly<Record<string, FileDates>> = {
  informationssikkerhedspolitik: { created: '2026-05-01', updated: '2026-11-10T09:30:00+01:00' },
  risikovurdering: { created: '2026-11-15', updated: '2026-11-15' },
  haendelsesprocedure: { created: '2026-11-03', updated: '2026-11-03' },
  'risikoregister-kerne': { created: '2026-11-02', updated: '2026-11-02' },
  'adgangskodepolitik-2019': { created: '2026-11-04', updated: '2026-11-04' },
  'holbaek-logvogter': { created: '2026-11-05', updated: '2026-11-05' },
  'koebenhavn-arkivboksen': { created: '2026-11-06', updated: '2026-11-06' },
};

export async function fixtureSources(): Promise<{
  registry: Registry;
  entries: LibraryEntry[];
  context: ComposeContext;
}> {
  const { registry, problems } = await loadRegistry(FIXTURE_REGISTRY);
  if (!registry) throw new Error(`fixture registry does not load: ${JSON.stringify(problems)}`);
  const library = parseLibrary(await readLibraryFiles(FIXTURE_LIBRARY), {
    ownerCodes: new Set(registry.kommuner.map((k) => k.code)),
  });
  const errors = library.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new Error(`fixture library has errors: ${JSON.stringify(errors)}`);
  const names = new Map(registry.kommuner.map((k) => [k.code, k.name]));
  const context: ComposeContext = {
    entries: library.entries,
    siteUrl: SITE_URL,
    klEmail: registry.kl.email ?? 'sikkerhedsnet@kl.dk',
    municipalityName: (code) => names.get(code) ?? code,
    datesOf: (entry) => FIXTURE_DATES[entry.slug] ?? { created: '2026-01-01', updated: '2026-01-01' },
  };
  return { registry, entries: library.entries, context };
}
