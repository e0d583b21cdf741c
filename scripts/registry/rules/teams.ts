import type { RuleContext } from './context.ts';

/** Team selections that can only hold kerne people (contact persons must be kerne; admins read everything). */
const KERNE_ONLY = new Set(['kerne', 'kontaktpersoner', 'admins']);

/**
 * Ensure a team that can read a repository holding kerne content contains only kerne members: a `bred` or
 * `alle` team with access to one of `github.kerne_repos` would hand core-only material to the broad group.
 */
export function teamTier(ctx: RuleContext): void {
  const github = ctx.registry.policy.github;
  if (!github) return;
  const at = ctx.registry.places.policy.github ?? { file: ctx.registry.files.policy, line: 1, column: 1 };
  const kerneRepos = new Set(github.kerne_repos);
  for (const team of github.teams) {
    if (KERNE_ONLY.has(team.select)) continue;
    for (const repo of Object.keys(team.repos)) {
      if (!kerneRepos.has(repo)) continue;
      ctx.error(
        at,
        `teamet ${team.slug} (select: ${team.select}) kan læse ${repo}, som rummer kerne-indhold; fjern ${repo} fra teamets repos eller giv kun kerne-teams adgang`,
      );
    }
  }
}
