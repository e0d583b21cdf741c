/**
 * `npm run build`: build dist/kerne/ and dist/bred/ with their Pagefind bundles, Word files and manifests.
 * Flags: --content DIR, --registry DIR, --out DIR, --tier kerne|bred (repeatable), --json.
 * Exit codes: 0 built, 1 content problems (nothing written), 2 usage or internal error.
 */
import { parseArgs } from 'node:util';
import { buildSite } from '../build/build-site.ts';
import { exitCodeFor, formatProblemsJson, formatProblemsText, summarizeProblems } from '../problems/problem.ts';

async function main(): Promise<number> {
  let values: { content?: string; registry?: string; out?: string; tier?: string[]; json?: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        content: { type: 'string' },
        registry: { type: 'string' },
        out: { type: 'string' },
        tier: { type: 'string', multiple: true },
        json: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    console.error(`Ugyldige argumenter: ${(error as Error).message}`);
    return 2;
  }
  const tiers = values.tier ?? ['kerne', 'bred'];
  if (tiers.some((t) => t !== 'kerne' && t !== 'bred')) {
    console.error('--tier skal være "kerne" eller "bred"');
    return 2;
  }
  const result = await buildSite({
    contentDir: values.content ?? process.env.SIKKERHEDSNET_CONTENT,
    registryDir: values.registry,
    outDir: values.out,
    tiers: tiers as ('kerne' | 'bred')[],
    onProgress: (line) => console.log(line),
  });
  if (result.problems.length > 0) {
    console.log(values.json ? formatProblemsJson(result.problems) : formatProblemsText(result.problems));
    console.log(summarizeProblems(result.problems));
  }
  const code = exitCodeFor(result.problems);
  if (code === 0) console.log('Byggeriet er færdigt.');
  else console.log('Byggeriet er stoppet: ret fejlene ovenfor. Intet er skrevet.');
  return code;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      `Intern fejl under byggeriet: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    process.exit(2);
  },
);
