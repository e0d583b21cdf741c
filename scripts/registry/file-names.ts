/** File names and `$schema` comments of the registry layout (docs/interfaces.md §1). */
import { asciiSlug } from '#model/ascii-slug.ts';

export { asciiSlug };

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
