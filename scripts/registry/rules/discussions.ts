import type { Position } from '../types.ts';
import type { RuleContext } from './context.ts';

const sameRepo = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * Ensure the Discussions repositories in policy.yaml keep the tiers apart. The repositories live in `github.org`,
 * so `discussions` needs the `github` section. The core network's questions must be in one of `github.kerne_repos`
 * (which only kerne teams may read, rule team-tier); the broad group's must not be, since everything in it is shown
 * to both tiers; and the two tiers need a repository each.
 */
export function discussionsRepo(ctx: RuleContext): void {
  const { policy, places, policyDiscussions, files } = ctx.registry;
  const discussions = policy.discussions;
  if (!discussions) return;
  const section = places.policy.discussions ?? { file: files.policy, line: 1, column: 1 };
  const at = (tier: 'kerne' | 'bred'): Position => policyDiscussions[tier].repo ?? section;
  const github = policy.github;
  if (!github) {
    ctx.error(
      section,
      'discussions kræver en github-sektion i policy.yaml: repositoryerne ligger i organisationen under github.org, og kernenetværkets repository skal stå i github.kerne_repos; tilføj github-sektionen, eller slet discussions',
    );
    return;
  }
  const kerneRepos = github.kerne_repos;
  const isKerneRepo = (repo: string) => kerneRepos.some((name) => sameRepo(name, repo));
  const { kerne, bred } = discussions;
  if (!isKerneRepo(kerne.repo)) {
    const choices = kerneRepos.length > 0 ? ` (${kerneRepos.join(', ')})` : '';
    ctx.error(
      at('kerne'),
      `discussions.kerne.repo er ${kerne.repo}, som ikke står i github.kerne_repos; kernenetværkets spørgsmål kan handle om kerne-indhold og skal ligge i et repository, som kun kerne-teams kan læse: vælg et af github.kerne_repos${choices}, eller tilføj ${kerne.repo} dér`,
    );
  }
  if (isKerneRepo(bred.repo)) {
    ctx.error(
      at('bred'),
      `discussions.bred.repo er ${bred.repo}, som står i github.kerne_repos; alt i den brede gruppes repository vises for begge niveauer, så det må ikke rumme kerne-indhold: vælg den brede gruppes eget repository, fx sikkerhedsnet-bred`,
    );
  }
  if (sameRepo(kerne.repo, bred.repo)) {
    ctx.error(
      at('bred'),
      `discussions.kerne.repo og discussions.bred.repo er begge ${bred.repo}; de to niveauer skal have hvert sit repository, så kernenetværkets spørgsmål ikke vises for den brede gruppe`,
    );
  }
}
