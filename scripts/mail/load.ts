/**
 * Everything a mailing is made from, loaded once: the registry (recipients, municipality names, KL's address) and
 * the library (content), with the library files' git dates. Mail is sent only from data that passes the checks:
 * any error in either gives the problems back instead.
 */
import { relative, resolve } from 'node:path';
import { gitDatesFor } from '#model/git-dates.ts';
import { KL_CODE } from '#model/municipalities.ts';
import { parseLibrary } from '../library/parse-library.ts';
import { readLibraryFiles } from '../library/read-files.ts';
import type { Library } from '../library/types.ts';
import type { Problem } from '../problems/problem.ts';
import { loadRegistry } from '../registry/load.ts';
import type { Registry } from '../registry/types.ts';
import type { ComposeContext } from './compose.ts';

export interface MailSources {
  registry: Registry;
  library: Library;
  context: ComposeContext;
}

export interface LoadMailOptions {
  libraryDir: string;
  registryDir: string;
  siteUrl: string;
}

export async function loadMailSources(
  options: LoadMailOptions,
): Promise<{ sources: MailSources; problems?: undefined } | { sources?: undefined; problems: Problem[] }> {
  const { registry, problems: registryProblems } = await loadRegistry(options.registryDir);
  const registryErrors = registryProblems.filter((p) => p.severity === 'error');
  if (!registry || registryErrors.length > 0) return { problems: registryErrors };
  const library = parseLibrary(await readLibraryFiles(options.libraryDir), {
    ownerCodes: new Set(registry.kommuner.map((k) => k.code)),
    displayDir: relative(process.cwd(), options.libraryDir).split('\\').join('/') || '.',
  });
  const libraryErrors = library.problems.filter((p) => p.severity === 'error');
  if (libraryErrors.length > 0) return { problems: libraryErrors };
  const klEmail = registry.kl.email;
  if (!klEmail) {
    return {
      problems: [
        {
          file: registry.files.kommuner,
          line: 1,
          column: 1,
          rule: 'kl-email',
          severity: 'error',
          message:
            "kl.email mangler: nyhedsbrev og varsler skal have KL's adresse til svar og afmelding, fx email: sikkerhedsnet@kl.dk",
        },
      ],
    };
  }
  const names = new Map(registry.kommuner.map((k) => [k.code, k.name]));
  const libraryDir = resolve(options.libraryDir);
  const context: ComposeContext = {
    entries: library.entries,
    siteUrl: options.siteUrl,
    klEmail,
    municipalityName: (code) => (code === KL_CODE ? registry.kl.name : (names.get(code) ?? code)),
    datesOf: (entry) => gitDatesFor(libraryDir, entry.path),
  };
  return { sources: { registry, library, context } };
}
