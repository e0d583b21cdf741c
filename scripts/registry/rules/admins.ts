import type { RuleContext } from './context.ts';

/** Ensure there are at least `min_admins` admins, so KL can never lock itself out. */
export function minAdmins(ctx: RuleContext): void {
  const { admins, policy, files, places } = ctx.registry;
  if (admins.length >= policy.min_admins) return;
  ctx.error(
    places.admins.admins ?? { file: files.admins, line: 1, column: 1 },
    `der er ${admins.length} administrator${admins.length === 1 ? '' : 'er'}, men policy.yaml kræver mindst ${policy.min_admins}; tilføj en administrator`,
  );
}

/** Ensure the GitHub team layout is consistent: unique slugs, required admins are admins with that login. */
export function policyGithub(ctx: RuleContext): void {
  const github = ctx.registry.policy.github;
  if (!github) return;
  const at = ctx.registry.places.policy.github ?? { file: ctx.registry.files.policy, line: 1, column: 1 };
  const slugs = new Set<string>();
  for (const team of github.teams) {
    if (slugs.has(team.slug)) ctx.error(at, `teamet ${team.slug} står to gange under github.teams; slet det ene`);
    slugs.add(team.slug);
  }
  const adminLogins = new Set(ctx.registry.admins.flatMap((a) => (a.github ? [a.github.toLowerCase()] : [])));
  for (const login of github.required_admins) {
    if (!adminLogins.has(login.toLowerCase())) {
      ctx.error(
        at,
        `required_admins nævner ${login}, som ikke er GitHub-brugernavn for en administrator i admins.yaml; ret navnet eller tilføj det i admins.yaml`,
      );
    }
  }
}
