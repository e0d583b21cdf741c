/**
 * The browser test needs the real site: reuse dist/ when it is newer than its sources, otherwise build once into
 * a temp directory with `npm run build -- --out`. The access list is always compiled fresh from the demo
 * registry into the temp directory, so the test never writes into the working tree.
 * SIKKERHEDSNET_E2E_DIST=<dir> uses an existing build instead (e.g. one made by CI in an earlier step).
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildFreshness } from '../build-freshness.ts';
import { runNodeScript } from '../run-command.ts';

export interface RealBuild {
  distDir: string;
  accessListFile: string;
  tempDir: string;
}

const ROOT = resolve(import.meta.dirname, '..', '..', '..');

/** Ensure a fresh build and an access list exist; throws with the failing command otherwise. */
export async function ensureRealBuild(): Promise<RealBuild> {
  const tempDir = await mkdtemp(join(tmpdir(), 'gate-e2e-'));
  const accessListFile = join(tempDir, 'access-list.json');
  const compiled = await runNodeScript(
    join(ROOT, 'scripts/cli/registry.ts'),
    ['compile', '--out', accessListFile],
    ROOT,
    true,
  );
  if (compiled !== 0) throw new Error(`registry compile failed with exit code ${compiled}`);
  const given = process.env.SIKKERHEDSNET_E2E_DIST;
  if (given) return { distDir: resolve(given), accessListFile, tempDir };
  const repoDist = join(ROOT, 'dist');
  if ((await buildFreshness(ROOT, repoDist)).fresh) return { distDir: repoDist, accessListFile, tempDir };
  const distDir = join(tempDir, 'dist');
  const built = await runNodeScript(join(ROOT, 'scripts/cli/build.ts'), ['--out', distDir], ROOT, true);
  if (built !== 0) throw new Error(`npm run build failed with exit code ${built}`);
  return { distDir, accessListFile, tempDir };
}
