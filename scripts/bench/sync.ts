/**
 * `npm run bench:sync`: the real octokit client against the local GitHub double, for 400 and 10,000 registry
 * members. For each size: a first apply (teams created, everyone added, newcomers looked up and invited), a
 * steady-state dry run and a steady-state apply, with requests per endpoint, writes and wall time. Baseline,
 * measured in the same run against the same org: one `GET /users/{login}` per registry login, which is what the
 * sync cost before it matched people by the ids in the member lists. Goal: steady state ≤ 30 requests for 400.
 */
import os from 'node:os';
import { runSync } from '../github/sync.ts';
import { type FakeGitHub, type RequestRecord, startFakeGitHub } from '../github/testing/fake-github.ts';
import { connect, TOKEN } from '../github/testing/sync-fixtures.ts';
import { syntheticOrg } from '../github/testing/synthetic-org.ts';
import type { DesiredState } from '../github/types.ts';

const SIZES = [400, 10_000];

interface Phase {
  label: string;
  requests: RequestRecord[];
  writes: number;
  ms: number;
}

function endpoint(r: RequestRecord): string {
  const p = r.path
    .replace(/^\/orgs\/[^/]+/, '/orgs/{org}')
    .replace(/\/teams\/[^/]+/, '/teams/{team}')
    .replace(/\/users\/[^/]+$/, '/users/{login}')
    .replace(/\/user\/\d+$/, '/user/{id}')
    .replace(/\/invitations\/\d+$/, '/invitations/{id}')
    .replace(/\/memberships\/[^/]+$/, '/memberships/{login}')
    .replace(/\/repos\/[^/]+\/[^/]+$/, '/repos/{owner}/{repo}')
    .replace(/\/installations\/\d+/, '/installations/{id}');
  return `${r.method} ${p}`;
}

async function phase(fake: FakeGitHub, label: string, fn: () => Promise<unknown>): Promise<Phase> {
  const before = fake.requests.length;
  const writesBefore = fake.writes().length;
  const start = performance.now();
  await fn();
  const ms = performance.now() - start;
  return { label, requests: fake.requests.slice(before), writes: fake.writes().length - writesBefore, ms };
}

async function sync(fake: FakeGitHub, desired: DesiredState, apply: boolean): Promise<void> {
  const { octokit, self } = await connect(fake.url);
  const outcome = await runSync(octokit, desired, { apply, ...(self ? { self } : {}) });
  if (outcome.result?.failed.length) throw new Error(`apply failed: ${JSON.stringify(outcome.result.failed[0])}`);
}

/** The old cost: every distinct registry login looked up one by one. */
async function lookUpEveryone(fake: FakeGitHub, desired: DesiredState): Promise<void> {
  const { octokit } = await connect(fake.url);
  const logins = new Set(desired.teams.flatMap((t) => t.members.map((m) => m.login)));
  for (const username of logins) await octokit.request('GET /users/{username}', { username });
}

function table(rows: (string | number)[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => String(r[i]).length))) ?? [];
  return rows.map((r) => r.map((c, i) => String(c).padEnd(widths[i] ?? 0)).join('  ')).join('\n');
}

for (const members of SIZES) {
  const { desired, state } = syntheticOrg(members);
  const fake = await startFakeGitHub(state, TOKEN);
  try {
    const phases = [
      await phase(fake, 'first apply', () => sync(fake, desired, true)),
      await phase(fake, 'steady-state dry run', () => sync(fake, desired, false)),
      await phase(fake, 'steady-state apply', () => sync(fake, desired, true)),
      await phase(fake, 'baseline: GET /users per login', () => lookUpEveryone(fake, desired)),
    ];
    const baseline = phases[3] as Phase;
    console.log(`\n${members} members (${Math.ceil(members / 20)} newcomers without github_id, not yet in the org)\n`);
    console.log(
      table([
        ['phase', 'requests', 'writes', 'ms', 'requests / baseline', 'ms / baseline'],
        ...phases.map((p) => [
          p.label,
          p.requests.length,
          p.writes,
          p.ms.toFixed(0),
          (p.requests.length / baseline.requests.length).toFixed(3),
          (p.ms / baseline.ms).toFixed(2),
        ]),
      ]),
    );
    const endpoints = [...new Set(phases.flatMap((p) => p.requests.map(endpoint)))].sort();
    console.log('');
    console.log(
      table([
        ['requests per endpoint', ...phases.slice(0, 3).map((p) => p.label)],
        ...endpoints.map((e) => [
          e,
          ...phases.slice(0, 3).map((p) => p.requests.filter((r) => endpoint(r) === e).length),
        ]),
      ]),
    );
    const steady = phases[1] as Phase;
    if (members === 400) {
      console.log(
        `\ngoal: steady state ≤ 30 requests and 0 writes for 400 members: ${steady.requests.length <= 30 && (phases[2] as Phase).writes === 0 ? 'met' : 'NOT met'} (${steady.requests.length} requests)`,
      );
    }
  } finally {
    await fake.close();
  }
}
const load = os
  .loadavg()
  .map((l) => l.toFixed(2))
  .join(' ');
console.log(`\nmachine: ${os.cpus().length} CPUs, load average ${load}`);
