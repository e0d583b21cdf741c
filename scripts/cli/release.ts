/**
 * `npm run release -- --out DIR`: everything a host needs to run Sikkerhedsnet, in one folder:
 *
 *   DIR/version.json          commit, build time and the release's id
 *   DIR/dist/                 both tiers with their manifests, and the compiled access list (access-list.json)
 *   DIR/app/                  the gate: its modules, package.json, and node_modules with its packages only
 *   DIR/deploy/               the host's scripts: activate-release.sh, receive-release.sh, rolling-restart.sh
 *
 * The site is built (or taken from --dist), the access list compiled from the registry, and the gate bundled by
 * following its imports (scripts/release/bundle.ts): no tests, no development identity provider, no fixtures, no
 * registry files. The folder is assembled beside DIR and renamed into place, so DIR is whole or absent.
 * Exit codes: 0 written, 1 content or registry problems (nothing written), 2 usage or internal error.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { DISCUSSIONS_DIR, REGISTRY_DIR } from '#model/layout.ts';
import { TIERS } from '#model/tiers.ts';
import { REPO_ROOT } from '../build/repo-root.ts';
import { DEFAULT_WORD_CACHE_DIR } from '../build/word-cache.ts';
import { formatProblemsText, summarizeProblems } from '../problems/problem.ts';
import { compileAccessList, compileBlockers } from '../registry/compile.ts';
import { loadRegistry } from '../registry/load.ts';
import { writeGateBundle } from '../release/bundle.ts';
import { buildConfigFromEnv } from './build-config.ts';
import { defineCommand } from './command.ts';
import { booleanFlag, stringFlag, todayFlag } from './flags.ts';
import { runCli, UsageError } from './run-cli.ts';

/** What version.json says. */
export interface ReleaseVersion {
  /** `20261130-101500-1a2b3c4`: build time (UTC) and short commit; the name of the release's folder on a host. */
  id: string;
  commit: string;
  builtAt: string;
}

function headCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
  } catch {
    return 'ukendt';
  }
}

/** A release id from a time and a commit: sortable, and safe as a folder name. */
export function releaseId(builtAt: Date, commit: string): string {
  const stamp = builtAt.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `${stamp}-${commit.replace(/[^0-9a-f]/gi, '').slice(0, 7) || 'ukendt'}`;
}

async function copyBuild(from: string, to: string): Promise<void> {
  for (const tier of TIERS) {
    const manifest = join(from, `${tier}.manifest.json`);
    if (!existsSync(manifest)) throw new UsageError(`${manifest} findes ikke: --dist skal være et færdigt byggeri`);
    await cp(manifest, join(to, `${tier}.manifest.json`));
    await cp(join(from, tier), join(to, tier), { recursive: true });
  }
}

const release = defineCommand({
  summary: 'saml en udgivelse til en server: begge niveauers sites, adgangslisten og gaten',
  usage:
    'Brug: npm run release -- --out MAPPE [--dist MAPPE] [--content MAPPE] [--registry MAPPE] [--discussions MAPPE] [--commit SHA] [--no-word-cache] [--allow-sample-registry] [--today ÅÅÅÅ-MM-DD]',
  details:
    'MAPPE får version.json, dist/ (begge niveauer, manifester og access-list.json), app/ (gaten med kun de\n' +
    'pakker, den bruger) og deploy/ (serverens scripts til at skifte udgivelse). Uden --dist bygges sitet først.\n' +
    'Et register med eksempeldata: true udgives kun med --allow-sample-registry. Se README, "Drift".',
  flags: {
    out: stringFlag('MAPPE', 'hvor udgivelsen skrives (må ikke findes i forvejen)'),
    dist: stringFlag('MAPPE', 'brug dette færdige byggeri i stedet for at bygge'),
    content: stringFlag('MAPPE', 'biblioteket (standard: SIKKERHEDSNET_CONTENT eller templates-library)'),
    registry: stringFlag('MAPPE', `registret, som adgangslisten laves af (standard: ${REGISTRY_DIR})`),
    discussions: stringFlag('MAPPE', `eksporterne af GitHub Discussions (standard: ${DISCUSSIONS_DIR})`),
    commit: stringFlag('SHA', 'committen, udgivelsen er bygget af (standard: git rev-parse HEAD)'),
    'no-word-cache': booleanFlag('lav alle Word-filer forfra'),
    'allow-sample-registry': booleanFlag('udgiv også et register med eksempeldata (en prøveserver)'),
    today: todayFlag,
  },
  async run(flags) {
    if (!flags.out) throw new UsageError('angiv --out MAPPE');
    const out = resolve(flags.out);
    if (existsSync(out)) throw new UsageError(`${out} findes allerede: vælg en ny mappe til udgivelsen`);
    const env = buildConfigFromEnv(process.env);
    if ('error' in env) {
      console.error(env.error);
      return 2;
    }
    const registryDir = flags.registry ?? REGISTRY_DIR;
    // The registry first: a registry with errors stops the release before the build spends its time.
    const { registry, problems } = await loadRegistry(registryDir);
    const blockers = registry ? compileBlockers(registry, flags.today) : problems.filter((p) => p.severity === 'error');
    if (!registry || blockers.length > 0) {
      console.log(`${formatProblemsText(blockers)}\n${summarizeProblems(blockers)}`);
      console.log('Udgivelsen blev ikke lavet: ret registret. Intet er skrevet.');
      return 1;
    }
    if (registry.policy.eksempeldata && !flags['allow-sample-registry']) {
      console.log(
        `${registryDir}/policy.yaml siger eksempeldata: true: registret rummer kun opdigtede personer.\n` +
          'Udgivelsen blev ikke lavet. Brug det rigtige register, eller --allow-sample-registry til en prøveserver. Intet er skrevet.',
      );
      return 1;
    }

    await mkdir(dirname(out), { recursive: true });
    const work = `${out}.tmp-${process.pid}`;
    await rm(work, { recursive: true, force: true });
    try {
      const dist = join(work, 'dist');
      if (flags.dist) {
        await copyBuild(resolve(flags.dist), dist);
        console.log(`Byggeriet i ${flags.dist} er kopieret.`);
      } else {
        const { buildSite } = await import('../build/build-site.ts');
        const built = await buildSite({
          contentDir: flags.content ?? env.config.contentDir,
          registryDir,
          discussionsDir: flags.discussions ?? DISCUSSIONS_DIR,
          outDir: dist,
          publicUrl: env.config.publicUrl,
          wordCacheDir: flags['no-word-cache'] ? undefined : DEFAULT_WORD_CACHE_DIR,
          onProgress: (line) => console.log(line),
        });
        if (built.problems.some((p) => p.severity === 'error')) {
          console.log(`${formatProblemsText(built.problems)}\n${summarizeProblems(built.problems)}`);
          console.log('Udgivelsen blev ikke lavet: ret fejlene ovenfor. Intet er skrevet.');
          return 1;
        }
      }
      const list = compileAccessList(registry, new Date());
      await writeFile(join(dist, 'access-list.json'), `${JSON.stringify(list, null, 2)}\n`);
      console.log(`Adgangslisten: ${Object.keys(list.members).length} personer.`);

      const gate = await writeGateBundle(REPO_ROOT, join(work, 'app'));
      console.log(
        `Gaten: ${gate.files.length} moduler, pakkerne ${gate.packages.join(', ')} (${gate.folders.length} mapper).`,
      );

      // The scripts a host runs to switch to this release, roll back and restart the gates.
      await mkdir(join(work, 'deploy'));
      for (const script of ['activate-release.sh', 'receive-release.sh', 'rolling-restart.sh']) {
        await cp(join(REPO_ROOT, 'deploy', script), join(work, 'deploy', script));
      }

      const builtAt = new Date();
      const commit = flags.commit ?? headCommit();
      const version: ReleaseVersion = { id: releaseId(builtAt, commit), commit, builtAt: builtAt.toISOString() };
      await writeFile(join(work, 'version.json'), `${JSON.stringify(version, null, 2)}\n`);
      // Beside the manifests too, where the gate reads it to name the release it serves.
      await writeFile(join(dist, 'version.json'), `${JSON.stringify(version, null, 2)}\n`);
      await rename(work, out);
      console.log(`Udgivelsen ${version.id} er skrevet til ${out}.`);
      return 0;
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  },
});

// The build's worker pool and child processes must not keep the process alive: end with the exit code.
await runCli(release.main, { name: 'npm run release', exit: true });
