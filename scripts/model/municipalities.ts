/**
 * Municipality look-up from `registry/kommuner.yaml`: names for display (an owner code → "Københavns Kommune"),
 * the codes a template's `owner` may name, and which organisation a work e-mail domain belongs to. The registry
 * loads the file with positions for its own checks; everything else reads it here, validated by the same schema.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { type KommunerData, kommunerFileSchema } from './registry/kommuner.ts';

/** The code KL goes by wherever a municipality code may stand (a template's `owner`). */
export const KL_CODE = 'KL';

export interface MunicipalityIndex {
  /** Code → short name ("København"); `KL` → "KL". */
  names: ReadonlyMap<string, string>;
  /** Code → official name ("Københavns Kommune"); `KL` → KL's full name. */
  fullNames: ReadonlyMap<string, string>;
  /** The municipality codes (KL not included). */
  codes: ReadonlySet<string>;
  /** Lower-case work domain → code (`KL` for KL's domains). */
  byDomain: ReadonlyMap<string, string>;
  /** KL's secretariat address (`kl.email`), when the registry gives one. */
  klEmail: string | undefined;
}

/** Index validated kommuner.yaml data. */
export function municipalityIndex(data: KommunerData): MunicipalityIndex {
  const names = new Map([[KL_CODE, data.kl.name]]);
  const fullNames = new Map([[KL_CODE, data.kl.full_name]]);
  const byDomain = new Map(data.kl.domains.map((d) => [d.toLowerCase(), KL_CODE]));
  for (const k of data.kommuner) {
    names.set(k.code, k.name);
    fullNames.set(k.code, k.full_name);
    for (const d of k.domains) byDomain.set(d.toLowerCase(), k.code);
  }
  return { names, fullNames, codes: new Set(data.kommuner.map((k) => k.code)), byDomain, klEmail: data.kl.email };
}

/**
 * Parse and validate the text of kommuner.yaml. Throws an Error with a Danish message naming the file when it is
 * not valid YAML or does not match the schema (`npm run registry -- check` locates the problem).
 */
export function parseMunicipalities(text: string, file = 'registry/kommuner.yaml'): MunicipalityIndex {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (error) {
    throw new Error(`${file} kan ikke læses som YAML (${(error as Error).message}); kør npm run registry -- check`);
  }
  const result = kommunerFileSchema.safeParse(raw);
  if (!result.success) {
    const first = result.error.issues[0];
    const where = first?.path.length ? ` ved ${first.path.join('.')}` : '';
    throw new Error(`${file} er ikke gyldig${where}: ${first?.message ?? ''}; kør npm run registry -- check`);
  }
  return municipalityIndex(result.data);
}

/** Read `<registryDir>/kommuner.yaml` (synchronously: Astro's content config needs it at import time). */
export function readMunicipalities(registryDir: string): MunicipalityIndex {
  const file = join(registryDir, 'kommuner.yaml');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`${file} kan ikke læses (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  return parseMunicipalities(text, file);
}
