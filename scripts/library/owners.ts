/**
 * The registry's municipality list as the library needs it: the codes a template's `owner` may name, names for
 * display, and the work e-mail domains. The content check and the build read `kommuner.yaml` themselves and pass
 * its text here, so a missing or broken file is one problem under one rule (`registry-unreadable`) in both.
 */
import { type MunicipalityIndex, parseMunicipalities } from '#model/municipalities.ts';
import type { Problem } from '../problems/problem.ts';

/** Rule name for a kommuner.yaml that cannot be read. */
export const REGISTRY_UNREADABLE = 'registry-unreadable';

export type OwnersResult = { index: MunicipalityIndex; problem?: undefined } | { index?: undefined; problem: Problem };

/**
 * Parse kommuner.yaml (`text` undefined when the file is missing). `file` is the display path for the problem.
 * Never throws: a missing or invalid file is a problem, and the caller goes on without owner codes and domains.
 */
export function parseOwners(text: string | undefined, file: string): OwnersResult {
  if (text === undefined) {
    return problem(
      file,
      "Kommunelisten mangler. Den skal liste kommunernes koder og domæner og KL's domæner: ejerkoder og arbejdsadresser kontrolleres mod den.",
    );
  }
  try {
    return { index: parseMunicipalities(text, file) };
  } catch (error) {
    return problem(file, `Kommunelisten kan ikke bruges: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function problem(file: string, message: string): OwnersResult {
  return { problem: { file, line: 1, column: 1, rule: REGISTRY_UNREADABLE, severity: 'error', message } };
}
