/** The category of an imported template, given as its Danish value ("hændelseshåndtering") or its folder. */
import { CATEGORIES, CATEGORY_BY_FOLDER, CATEGORY_FOLDERS, type Category } from '#model/categories.ts';

/** The category `input` names, or undefined. */
export function resolveCategory(input: string): Category | undefined {
  const value = input.trim().toLowerCase();
  return CATEGORIES.find((c) => c === value) ?? CATEGORY_BY_FOLDER.get(value);
}

/** Danish: which values --category accepts, one per line (folder, and the Danish name where it differs). */
export function categoryChoices(): string {
  return CATEGORIES.map((c) => `  ${CATEGORY_FOLDERS[c]}${CATEGORY_FOLDERS[c] === c ? '' : ` (${c})`}`).join('\n');
}
