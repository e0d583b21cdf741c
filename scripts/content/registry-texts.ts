import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { KL_CODE } from '#model/municipalities.ts';
import { isRosterPath, type MemberIndex, memberIndex } from '#model/registry-members.ts';
import { parseOwners } from '../library/owners.ts';
import { scanText } from '../library/scan-text.ts';
import type { Finding, ScanText } from '../library/types.ts';

/**
 * Registry YAML files as text, plus the work domains and municipality codes read from kommuner.yaml and the
 * members read from the rosters.
 */
export interface RegistryTexts {
  texts: ScanText[];
  /** Lower-case work e-mail domains of KL and the municipalities. */
  domains: ReadonlySet<string>;
  /** Municipality code → short name (KL not included). */
  municipalities: ReadonlyMap<string, string>;
  /** Municipality codes a template's owner may name. */
  codes: ReadonlySet<string>;
  /**
   * The rosters' members (#model/registry-members.ts), read from the same texts: an experience's contact must be
   * one of its municipality's (rule `experience-contact`).
   */
  members: MemberIndex;
  /** A missing or unreadable kommuner.yaml (rule `registry-unreadable`). */
  problems: Finding[];
}

/**
 * Read the registry's YAML files as text for the personal-data scan, the work domains and municipality codes from
 * kommuner.yaml (#model's reader, validated by its schema), and the members from the rosters' texts (#model's
 * lenient reader). The registry's own checks locate what is wrong in it; here a file that cannot be used only
 * costs the domain and code lists, reported as one problem.
 */
export async function loadRegistryTexts(dir: string): Promise<RegistryTexts> {
  const root = path.resolve(dir);
  const display = (abs: string) => path.relative(path.dirname(root), abs).split(path.sep).join('/');
  const names = (await readdir(root, { recursive: true, withFileTypes: true }))
    .filter((d) => d.isFile() && /\.ya?ml$/.test(d.name))
    .map((d) => path.join(d.parentPath, d.name))
    .sort();
  const texts = await Promise.all(
    names.map(async (abs) => scanText(display(abs), await readFile(abs, 'utf8'), 'registry')),
  );
  const members = memberIndex(texts.filter((t) => isRosterPath(t.file)).map((t) => t.text));
  const kommunerFile = display(path.join(root, 'kommuner.yaml'));
  const owners = parseOwners(texts.find((t) => t.file === kommunerFile)?.text, kommunerFile);
  if (!owners.index) {
    return {
      texts,
      domains: new Set(),
      municipalities: new Map(),
      codes: new Set(),
      members,
      problems: [owners.problem],
    };
  }
  const { names: shortNames, codes, byDomain } = owners.index;
  return {
    texts,
    domains: new Set(byDomain.keys()),
    municipalities: new Map([...shortNames].filter(([code]) => code !== KL_CODE)),
    codes,
    members,
    problems: [],
  };
}
