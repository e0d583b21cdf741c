import type { RuleContext } from './context.ts';
import { describe, type Listed, listedPeople, whereListed } from './people.ts';

type Key = (entry: Listed) => string | undefined;

/** Call `report(entry, first)` for each entry whose key an earlier entry already had. */
function repeats(entries: readonly Listed[], key: Key, report: (entry: Listed, first: Listed) => void): void {
  const seen = new Map<string, Listed>();
  for (const entry of entries) {
    const k = key(entry);
    if (k === undefined) continue;
    const first = seen.get(k);
    if (first) report(entry, first);
    else seen.set(k, entry);
  }
}

const githubId = (e: Listed) => (e.person.github_id === undefined ? undefined : String(e.person.github_id));
const login = (e: Listed) => e.person.github?.toLowerCase();
/** Members and admins are checked apart; an admin who is also a member is duplicate-person's to report. */
const byKind =
  (key: Key): Key =>
  (e) => {
    const k = key(e);
    return k === undefined ? undefined : `${e.kind}\u0000${k}`;
  };

/** Ensure no e-mail is listed twice among members, or twice among admins. */
export function uniqueEmail(ctx: RuleContext): void {
  repeats(
    listedPeople(ctx.registry),
    byKind((e) => e.person.email),
    (entry, first) =>
      ctx.error(
        entry.person.fields.email ?? entry.person.position,
        `e-mailen ${entry.person.email} står allerede ved ${describe(first)} (${whereListed(first)}); en person må kun stå én gang — slet den ene`,
      ),
  );
}

/** Ensure no GitHub login (case-insensitive) or GitHub id is used by two members or two admins. */
export function uniqueGithub(ctx: RuleContext): void {
  const people = listedPeople(ctx.registry);
  repeats(people, byKind(login), (entry, first) =>
    ctx.error(
      entry.person.fields.github ?? entry.person.position,
      `GitHub-brugernavnet ${entry.person.github} bruges også af ${describe(first)} (${whereListed(first)}); ret eller slet det ene`,
    ),
  );
  repeats(people, byKind(githubId), (entry, first) =>
    ctx.error(
      entry.person.fields.github_id ?? entry.person.position,
      `GitHub-id ${entry.person.github_id} bruges også af ${describe(first)} (${whereListed(first)}); ret eller slet det ene`,
    ),
  );
}

/**
 * Ensure nobody is both an admin and a member (same e-mail, GitHub login or id), and warn when the same
 * name appears twice in one roster under different e-mails.
 */
export function duplicatePerson(ctx: RuleContext): void {
  const people = listedPeople(ctx.registry);
  const members = new Map<string, Listed>();
  const keys: Key[] = [
    (e) => e.person.email,
    (e) => (login(e) ? `@${login(e)}` : undefined),
    (e) => (githubId(e) ? `#${githubId(e)}` : undefined),
  ];
  for (const entry of people) {
    if (entry.kind !== 'member') continue;
    for (const key of keys) {
      const k = key(entry);
      if (k !== undefined && !members.has(k)) members.set(k, entry);
    }
  }
  for (const entry of people) {
    if (entry.kind !== 'admin') continue;
    const first = keys.map((key) => members.get(key(entry) ?? '')).find((m) => m !== undefined);
    if (!first) continue;
    ctx.error(
      entry.person.position,
      `${describe(entry)} står også som ${describe(first)} (${whereListed(first)}); en person må kun stå ét sted — slet den ene`,
    );
  }
  const sameName = (e: Listed) =>
    e.kind === 'member' ? `${e.roster.file}\u0000${e.person.name.trim().toLocaleLowerCase('da')}` : undefined;
  repeats(people, sameName, (entry, first) => {
    if (entry.person.email === first.person.email) return; // unique-email reports that
    ctx.warning(
      entry.person.position,
      `${entry.person.name} står to gange i samme fil (også ${first.person.email}, ${whereListed(first)}); slet den ene, hvis det er samme person`,
    );
  });
}
