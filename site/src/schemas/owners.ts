import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** Municipality code → display name (full name, e.g. "Københavns Kommune"), plus `KL`. */
export type OwnerNames = ReadonlyMap<string, string>;

/**
 * Read registry/kommuner.yaml and return code → name (KL included). Reads only the fields it needs so the
 * site does not depend on the registry's full schema. Throws when the file is missing or unreadable.
 */
export function loadOwnerNames(registryDir: string): OwnerNames {
  const file = join(registryDir, 'kommuner.yaml');
  const data = parse(readFileSync(file, 'utf8')) as {
    kl?: { name?: string };
    kommuner?: { code?: unknown; name?: unknown; full_name?: unknown }[];
  };
  const names = new Map<string, string>([['KL', data?.kl?.name ?? 'KL']]);
  for (const k of data?.kommuner ?? []) {
    const name = typeof k.full_name === 'string' ? k.full_name : k.name;
    if (typeof k.code === 'string' && typeof name === 'string') names.set(k.code, name);
  }
  return names;
}

/** The codes accepted in `owner` (municipality codes; `KL` is handled by the schema). */
export function ownerCodes(names: OwnerNames): Set<string> {
  return new Set([...names.keys()].filter((code) => code !== 'KL'));
}
