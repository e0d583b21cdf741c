/** `registry schema [--dir DIR]`: write registry/schema/*.schema.json from the zod schemas. */
import path from 'node:path';
import { dirError, parseFlags } from '../registry/cli-args.ts';
import { writeJsonSchemas } from '../registry/json-schema.ts';

/** Write the JSON Schemas; returns 0, or 2 on usage errors. */
export async function run(args: string[]): Promise<number> {
  const parsed = parseFlags(args, { dir: { type: 'string', default: 'registry' } });
  const usageError = parsed.ok ? dirError(String(parsed.values.dir)) : parsed.error;
  if (usageError || !parsed.ok) {
    process.stderr.write(`${usageError}\nBrug: npm run registry -- schema [--dir MAPPE]\n`);
    return 2;
  }
  const written = await writeJsonSchemas(String(parsed.values.dir));
  for (const file of written) process.stdout.write(`Skrev ${path.relative(process.cwd(), file)}\n`);
  return 0;
}

if (import.meta.main) process.exitCode = await run(process.argv.slice(2));
