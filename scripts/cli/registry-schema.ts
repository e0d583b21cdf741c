/**
 * `registry schema [--dir DIR] [--check]`: write registry/schema/*.schema.json from the zod schemas; with
 * --check write nothing and exit 1 with located problems when the committed files are stale.
 */
import path from 'node:path';
import { formatProblemsText } from '../problems/problem.ts';
import { dirError, parseFlags } from '../registry/cli-args.ts';
import { staleSchemaProblems, writeJsonSchemas } from '../registry/json-schema.ts';

/** Write (or check) the JSON Schemas; returns 0, 1 when stale with --check, or 2 on usage errors. */
export async function run(args: string[]): Promise<number> {
  const parsed = parseFlags(args, {
    dir: { type: 'string', default: 'registry' },
    check: { type: 'boolean', default: false },
  });
  const usageError = parsed.ok ? dirError(String(parsed.values.dir)) : parsed.error;
  if (usageError || !parsed.ok) {
    process.stderr.write(`${usageError}\nBrug: npm run registry -- schema [--dir MAPPE] [--check]\n`);
    return 2;
  }
  const dir = String(parsed.values.dir);
  if (parsed.values.check) {
    const parent = path.dirname(path.resolve(dir));
    const rel = (p: string) => path.relative(parent, path.resolve(p)).split(path.sep).join('/');
    const problems = await staleSchemaProblems(dir, rel);
    if (problems.length === 0) {
      process.stdout.write('JSON Schema-filerne er friske.\n');
      return 0;
    }
    process.stdout.write(`${formatProblemsText(problems)}\n`);
    return 1;
  }
  const written = await writeJsonSchemas(dir);
  for (const file of written) process.stdout.write(`Skrev ${path.relative(process.cwd(), file)}\n`);
  return 0;
}

if (import.meta.main) process.exitCode = await run(process.argv.slice(2));
