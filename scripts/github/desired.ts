/**
 * The desired GitHub state from the loaded registry: one team per `policy.github.teams` entry with the people its
 * `select` names who have a GitHub login. Pure.
 */
import type { Registry } from '../registry/types.ts';
import type { DesiredMember, DesiredState, TeamSelect } from './types.ts';

/** Returns undefined when the policy has no `github` section (nothing to sync). */
export function desiredStateFromRegistry(registry: Registry): DesiredState | undefined {
  const github = registry.policy.github;
  if (!github) return undefined;
  return {
    org: github.org,
    requiredAdmins: github.required_admins,
    maxRemovalFraction: registry.policy.max_removal_fraction,
    teams: github.teams.map((team) => ({
      slug: team.slug,
      name: team.name,
      select: team.select,
      repos: team.repos,
      members: selectMembers(registry, team.select),
    })),
  };
}

/** The people a team holds, de-duplicated by login, in registry order. */
export function selectMembers(registry: Registry, select: TeamSelect): DesiredMember[] {
  const people: { name: string; github?: string; github_id?: number; position: DesiredMember['position'] }[] = [];
  if (select === 'admins') people.push(...registry.admins);
  else {
    for (const roster of registry.rosters) {
      for (const m of roster.members) {
        const include =
          select === 'alle' ||
          (select === 'kontaktpersoner' && m.contact) ||
          (select === 'kerne' && m.tier === 'kerne') ||
          (select === 'bred' && m.tier === 'bred');
        if (include) people.push(m);
      }
    }
    // Admins belong to the core network: they read everything the core tier reads.
    if (select === 'kerne' || select === 'alle') people.push(...registry.admins);
  }
  const seen = new Set<string>();
  const out: DesiredMember[] = [];
  for (const p of people) {
    if (!p.github || seen.has(p.github.toLowerCase())) continue;
    seen.add(p.github.toLowerCase());
    out.push({
      login: p.github,
      name: p.name,
      ...(p.github_id !== undefined ? { githubId: p.github_id } : {}),
      ...(p.position ? { position: p.position } : {}),
    });
  }
  return out;
}
