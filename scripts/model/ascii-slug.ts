/** ASCII slugs of Danish names, for file names and URLs (`København` → `koebenhavn`). */

/** ASCII slug of a Danish name: æ→ae, ø→oe, å→aa, other letters stripped of accents, other runs → one hyphen. */
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
