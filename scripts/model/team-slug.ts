/**
 * GitHub derives a team's slug from its name when the team is created, and every later API call addresses the
 * team by that slug. Observed behaviour, which the local GitHub double copies: letters are lower-cased, every run
 * of characters other than ASCII letters and digits becomes one hyphen, and hyphens at the ends are dropped
 * ("Sikkerhedsnet – administratorer" → "sikkerhedsnet-administratorer"). What GitHub does with other letters
 * (æ, ø, å, é) and with `_` or apostrophes is not documented, so the registry only allows names whose slug is
 * certain (see {@link uncertainSlugCharacters}).
 */

/** The slug GitHub gives a team named `name`. */
export function githubTeamSlug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Characters in `name` whose slug treatment is not certain: anything but ASCII letters, digits, spaces, and the
 * dashes - – —. Each character once, in order of appearance.
 */
export function uncertainSlugCharacters(name: string): string[] {
  return [...new Set(name.match(/[^A-Za-z0-9 \-–—]/gu) ?? [])];
}
