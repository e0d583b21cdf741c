/** File names and `$schema` comments of the registry layout (docs/interfaces.md §1). */

/** ASCII slug of a Danish name: æ→ae, ø→oe, å→aa, other letters stripped of accents, spaces → hyphens. */
export function asciiSlug(name: string): string {
  return name
    .toLowerCase()
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'oe')
    .replaceAll('å', 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The roster file name for a municipality, e.g. `101-koebenhavn.yaml`. */
export function rosterFileName(code: string, name: string): string {
  return `${code}-${asciiSlug(name)}.yaml`;
}

/** Which schema a registry file uses, by its path inside the registry directory. */
export type FileKind = 'kommuner' | 'roster' | 'admins' | 'policy';

/** The first line every YAML file of this kind must start with, so editors find the JSON Schema. */
export function schemaComment(kind: FileKind): string {
  const prefix = kind === 'roster' ? '../' : './';
  return `# yaml-language-server: $schema=${prefix}schema/${kind}.schema.json`;
}

/** Largest registry file accepted; the biggest real roster is a few kilobytes. */
export const MAX_FILE_BYTES = 1024 * 1024;
