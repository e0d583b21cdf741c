/**
 * Who a GitHub account is in the registry: the member or admin whose `github_id` matches (a renamed account still
 * matches), else whose `github` login matches in any case. Pages and reports name people only through this, so a
 * GitHub login that is not in the registry is never shown.
 */
import type { Registry, Tier } from './types.ts';

/** A registry person behind a GitHub account. */
export interface GithubPerson {
  name: string;
  /** The municipality's short name ("Aarhus"), or KL's. */
  organisation: string;
  /** Three-digit municipality code, or `KL`. */
  code: string;
  tier: Tier;
}

export interface GithubPeople {
  /** The person for an account, or undefined when the account is not in the registry. */
  find(account: { login: string; id: number | null } | null): GithubPerson | undefined;
}

export function githubPeople(registry: Registry): GithubPeople {
  const byId = new Map<number, GithubPerson>();
  const byLogin = new Map<string, GithubPerson>();
  const add = (person: GithubPerson, login: string | undefined, id: number | undefined) => {
    if (id !== undefined && !byId.has(id)) byId.set(id, person);
    // A login is trusted only for an entry without an id: an id that differs means the login changed hands.
    if (login !== undefined && id === undefined && !byLogin.has(login.toLowerCase()))
      byLogin.set(login.toLowerCase(), person);
  };
  const names = new Map(registry.kommuner.map((k) => [k.code, k.name]));
  for (const roster of registry.rosters) {
    const organisation = names.get(roster.municipality) ?? roster.municipality;
    for (const m of roster.members)
      add({ name: m.name, organisation, code: roster.municipality, tier: m.tier }, m.github, m.github_id);
  }
  for (const a of registry.admins)
    add({ name: a.name, organisation: registry.kl.name, code: 'KL', tier: 'kerne' }, a.github, a.github_id);
  return {
    find(account) {
      if (!account) return undefined;
      if (account.id !== null) {
        const person = byId.get(account.id);
        if (person) return person;
      }
      return byLogin.get(account.login.toLowerCase());
    },
  };
}
