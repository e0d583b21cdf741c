import { githubTeamSlug, uncertainSlugCharacters } from '#model/team-slug.ts';
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

/**
 * Ensure each team's `slug` is the slug GitHub derives from its `name`. GitHub ignores the slug we would like and
 * makes its own from the name; a mismatch means the sync can never find the team it created (it would post it
 * again every run and fail). Names may only hold characters whose slug is certain.
 */
export function teamSlug(ctx: RuleContext): void {
  const github = ctx.registry.policy.github;
  if (!github) return;
  const section = ctx.registry.places.policy.github ?? { file: ctx.registry.files.policy, line: 1, column: 1 };
  github.teams.forEach((team, index) => {
    const fields = ctx.registry.policyTeams[index] ?? {};
    const uncertain = uncertainSlugCharacters(team.name);
    if (uncertain.length > 0) {
      ctx.error(
        fields.name ?? section,
        `teamnavnet «${team.name}» indeholder ${uncertain.map((c) => `«${c}»`).join(', ')}; GitHub danner teamets slug af navnet, og det er kun sikkert for bogstaverne a–z, tal, mellemrum og bindestreger: skriv fx «ae», «oe», «aa» i stedet for «æ», «ø», «å»`,
      );
      return;
    }
    const derived = githubTeamSlug(team.name);
    if (derived !== team.slug) {
      ctx.error(
        fields.slug ?? section,
        `slug «${team.slug}» passer ikke til navnet «${team.name}»: GitHub giver teamet slug «${derived}»; skriv slug: ${derived}, eller ret navnet`,
      );
    }
  });
}
