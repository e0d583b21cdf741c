/**
 * `registry schema`: write registry/schema/*.schema.json from the zod schemas; with --check write nothing and exit
 * 1 with located problems when the committed files are stale.
 */
import path from 'node:path';
import { formatProblemsText } from '../problems/problem.ts';
import { staleSchemaProblems, writeJsonSchemas } from '../registry/json-schema.ts';
import type { SchemaFlags } from './registry-commands.ts';

export async function run(flags: SchemaFlags): Promise<number> {
  if (flags.check) {
    const parent = path.dirname(path.resolve(flags.dir));
    const rel = (p: string) => path.relative(parent, path.resolve(p)).split(path.sep).join('/');
    const problems = await staleSchemaProblems(flags.dir, rel);
    if (problems.length === 0) {
      process.stdout.write('JSON Schema-filerne er friske.\n');
      return 0;
    }
    process.stdout.write(`${formatProblemsText(problems)}\n`);
    return 1;
  }
  const written = await writeJsonSchemas(flags.dir);
  for (const file of written) process.stdout.write(`Skrev ${path.relative(process.cwd(), file)}\n`);
  return 0;
}
