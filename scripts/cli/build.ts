/**
 * `npm run build`: build dist/kerne/ and dist/bred/ with their Pagefind bundles, Word files and manifests.
 * Exit codes: 0 built, 1 content problems (nothing written), 2 usage or internal error.
 */
import { DISCUSSIONS_DIR, DIST_DIR, REGISTRY_DIR } from '#model/layout.ts';
import { isTier, TIERS, type Tier } from '#model/tiers.ts';
import { DEFAULT_WORD_CACHE_DIR as WORD_CACHE_DIR } from '../build/word-cache.ts';
import { exitCodeFor, formatProblemsJson, formatProblemsText, summarizeProblems } from '../problems/problem.ts';
import { buildConfigFromEnv } from './build-config.ts';
import { defineCommand } from './command.ts';
import { booleanFlag, type Flag, stringFlag } from './flags.ts';
import { runCli, UsageError } from './run-cli.ts';

/** `--tier`, repeatable; both tiers when absent. */
const tierFlag: Flag<Tier[]> = {
  type: 'string',
  multiple: true,
  placeholder: 'kerne|bred',
  help: 'byg kun dette niveau (kan gentages; standard: begge)',
  read(raw) {
    const tiers = Array.isArray(raw) && raw.length > 0 ? raw : [...TIERS];
    if (!tiers.every(isTier)) throw new UsageError('--tier skal være "kerne" eller "bred"');
    return tiers;
  },
};

const build = defineCommand({
  summary: 'byg begge niveauers sites med søgeindeks, Word-filer og manifester',
  usage:
    'Brug: npm run build -- [--tier kerne|bred]... [--content MAPPE] [--registry MAPPE] [--discussions MAPPE] [--out MAPPE] [--word-cache MAPPE | --no-word-cache] [--json]',
  details:
    'Spørgsmål og svar læses fra de gemte eksporter af GitHub Discussions (kerne.json og bred.json); byggeriet\n' +
    'spørger aldrig GitHub. Opdatér dem med npm run discussions -- export.\n' +
    `Word-filerne gemmes mellem byggerier i ${WORD_CACHE_DIR} efter en hash af skabelonen og Word-eksportens kode,\n` +
    'så kun nye og ændrede skabeloner laves igen.\n' +
    'Miljø: SIKKERHEDSNET_CONTENT (biblioteket, når --content ikke er givet) og SIKKERHEDSNET_PUBLIC_URL\n' +
    '(sitets adresse i feed, sitemap og Word-filer; standard http://localhost:4321).',
  flags: {
    tier: tierFlag,
    content: stringFlag('MAPPE', 'biblioteket (standard: SIKKERHEDSNET_CONTENT eller templates-library)'),
    registry: stringFlag('MAPPE', `registret med kommuner.yaml (standard: ${REGISTRY_DIR})`),
    discussions: stringFlag('MAPPE', `eksporterne af GitHub Discussions (standard: ${DISCUSSIONS_DIR})`),
    out: stringFlag('MAPPE', `hvor <niveau>/ og <niveau>.manifest.json skrives (standard: ${DIST_DIR})`),
    'word-cache': stringFlag('MAPPE', `gem Word-filer mellem byggerier her (standard: ${WORD_CACHE_DIR})`),
    'no-word-cache': booleanFlag('lav alle Word-filer forfra og gem dem ikke'),
    json: booleanFlag('skriv problemer som JSON'),
  },
  async run(flags) {
    if (flags['no-word-cache'] && flags['word-cache'])
      throw new UsageError('brug enten --word-cache eller --no-word-cache');
    const env = buildConfigFromEnv(process.env);
    if ('error' in env) {
      console.error(env.error);
      return 2;
    }
    const { buildSite } = await import('../build/build-site.ts');
    const result = await buildSite({
      contentDir: flags.content ?? env.config.contentDir,
      registryDir: flags.registry ?? REGISTRY_DIR,
      discussionsDir: flags.discussions ?? DISCUSSIONS_DIR,
      outDir: flags.out ?? DIST_DIR,
      tiers: flags.tier,
      publicUrl: env.config.publicUrl,
      wordCacheDir: flags['no-word-cache'] ? undefined : (flags['word-cache'] ?? WORD_CACHE_DIR),
      onProgress: (line) => console.log(line),
    });
    if (result.problems.length > 0) {
      console.log(flags.json ? formatProblemsJson(result.problems) : formatProblemsText(result.problems));
      console.log(summarizeProblems(result.problems));
    }
    const code = exitCodeFor(result.problems);
    if (code === 0) console.log('Sitet er bygget.');
    else console.log('Sitet blev ikke bygget: ret fejlene ovenfor. Intet er skrevet.');
    return code;
  },
});

// The build's worker pool and child processes must not keep the process alive: end with the exit code.
await runCli(build.main, { name: 'npm run build', exit: true });
