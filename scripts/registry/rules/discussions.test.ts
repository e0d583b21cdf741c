import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadRegistry } from '../load.ts';
import { problem } from '../testing/problem.ts';
import { fixtureText, removeTempRegistries, ruleProblems, TODAY } from '../testing/temp-registry.ts';
import { runRules } from './context.ts';
import { discussionsRepo } from './discussions.ts';

afterAll(removeTempRegistries);

const P = 'policy.yaml';
const fixture = await fixtureText(P);
// The fixture policy (14 lines) names no kerne repositories; line 10 becomes `kerne_repos`, so the discussions
// section added at the end starts on line 16.
const github = fixture.replace(
  '  required_admins: [kl-admin-demo]\n',
  '  required_admins: [kl-admin-demo]\n  kerne_repos: [sikkerhedsnet]\n',
);
const categories =
  '  categories:\n    questions: Spørgsmål og svar\n    experiences: Erfaringer\n    polls: KL spørger\n';
const discussions = (kerne: string, bred: string) =>
  `discussions:\n  kerne: { repo: ${kerne} }\n  bred:\n    repo: ${bred}\n${categories}`;

describe('registry rule discussions-repo', () => {
  it('passes a core repository among github.kerne_repos and a broad one outside them, in any case', async () => {
    expect(await ruleProblems({ [P]: github + discussions('Sikkerhedsnet', 'sikkerhedsnet-bred') })).toEqual([]);
  });

  it('passes a policy without discussions', async () => {
    expect(await ruleProblems({ [P]: github })).toEqual([]);
  });

  it('refuses discussions without a github section, at the section', async () => {
    const policy = fixture.slice(0, fixture.indexOf('github:')) + discussions('sikkerhedsnet', 'sikkerhedsnet-bred');
    expect(await ruleProblems({ [P]: policy })).toEqual([
      problem(
        'discussions-repo',
        P,
        8,
        3,
        'discussions kræver en github-sektion i policy.yaml: repositoryerne ligger i organisationen under github.org, og kernenetværkets repository skal stå i github.kerne_repos; tilføj github-sektionen, eller slet discussions',
      ),
    ]);
  });

  it('refuses a core repository that is not a kerne repo, at its repo', async () => {
    expect(await ruleProblems({ [P]: github + discussions('sikkerhedsnet-kerne', 'sikkerhedsnet-bred') })).toEqual([
      problem(
        'discussions-repo',
        P,
        17,
        18,
        'discussions.kerne.repo er sikkerhedsnet-kerne, som ikke står i github.kerne_repos; kernenetværkets spørgsmål kan handle om kerne-indhold og skal ligge i et repository, som kun kerne-teams kan læse: vælg et af github.kerne_repos (sikkerhedsnet), eller tilføj sikkerhedsnet-kerne dér',
      ),
    ]);
  });

  it('refuses a core repository when github.kerne_repos is empty, without naming choices', async () => {
    expect(await ruleProblems({ [P]: fixture + discussions('sikkerhedsnet', 'sikkerhedsnet-bred') })).toEqual([
      problem(
        'discussions-repo',
        P,
        16,
        18,
        'discussions.kerne.repo er sikkerhedsnet, som ikke står i github.kerne_repos; kernenetværkets spørgsmål kan handle om kerne-indhold og skal ligge i et repository, som kun kerne-teams kan læse: vælg et af github.kerne_repos, eller tilføj sikkerhedsnet dér',
      ),
    ]);
  });

  it('refuses a broad repository that holds kerne content, and the same repository for both tiers, at the broad repo', async () => {
    expect(await ruleProblems({ [P]: github + discussions('sikkerhedsnet', 'sikkerhedsnet') })).toEqual([
      problem(
        'discussions-repo',
        P,
        19,
        11,
        'discussions.bred.repo er sikkerhedsnet, som står i github.kerne_repos; alt i den brede gruppes repository vises for begge niveauer, så det må ikke rumme kerne-indhold: vælg den brede gruppes eget repository, fx sikkerhedsnet-bred',
      ),
      problem(
        'discussions-repo',
        P,
        19,
        11,
        'discussions.kerne.repo og discussions.bred.repo er begge sikkerhedsnet; de to niveauer skal have hvert sit repository, så kernenetværkets spørgsmål ikke vises for den brede gruppe',
      ),
    ]);
  });

  it('passes the demo registry, which names both repositories', async () => {
    const { registry } = await loadRegistry(path.join(import.meta.dirname, '../../../registry'));
    if (!registry) throw new Error('the demo registry must load');
    expect(registry.policy.discussions?.kerne.repo).toBe('sikkerhedsnet');
    expect(registry.policy.discussions?.bred.repo).toBe('sikkerhedsnet-bred');
    expect(runRules([{ name: 'discussions-repo', run: discussionsRepo }], registry, TODAY)).toEqual([]);
  });
});
