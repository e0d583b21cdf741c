/** `registry codeowners`: write .github/CODEOWNERS from the registry; with --check, exit 1 when it is stale. */
import { CODEOWNERS_FILE, codeownersStaleProblems, writeCodeowners } from '../registry/codeowners.ts';
import { runGeneratedFile } from './generated-file.ts';
import type { CodeownersFlags } from './registry-commands.ts';

export function run(flags: CodeownersFlags): Promise<number> {
  return runGeneratedFile(flags.dir, flags.check, {
    file: CODEOWNERS_FILE,
    stale: codeownersStaleProblems,
    write: async (registry, repoRoot) => ({ changed: await writeCodeowners(registry, repoRoot), problems: [] }),
  });
}
