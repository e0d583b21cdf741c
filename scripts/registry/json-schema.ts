import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { adminsFileSchema } from '#model/registry/admins.ts';
import { kommunerFileSchema } from '#model/registry/kommuner.ts';
import { policyFileSchema } from '#model/registry/policy.ts';
import { rosterFileSchema } from '#model/registry/roster.ts';
import type { Problem } from '../problems/problem.ts';
import type { FileKind } from './file-names.ts';
import { writeFileAtomic } from './write-atomic.ts';

const sources: Record<FileKind, { schema: z.ZodType; title: string }> = {
  kommuner: { schema: kommunerFileSchema, title: 'Sikkerhedsnet: kommuner og KL (registry/kommuner.yaml)' },
  roster: {
    schema: rosterFileSchema,
    title: 'Sikkerhedsnet: en kommunes medlemmer (registry/kommuner/<kode>-<navn>.yaml)',
  },
  admins: { schema: adminsFileSchema, title: 'Sikkerhedsnet: KLs administratorer (registry/admins.yaml)' },
  policy: { schema: policyFileSchema, title: 'Sikkerhedsnet: regler for registret (registry/policy.yaml)' },
};

/** The file kinds in a fixed order, so output is deterministic. */
export const schemaKinds: readonly FileKind[] = ['kommuner', 'roster', 'admins', 'policy'];

/** File name of a kind's JSON Schema inside `registry/schema/`. */
export function schemaFileName(kind: FileKind): string {
  return `${kind}.schema.json`;
}

/**
 * The JSON Schema (draft 2020-12) of one file kind, generated from the zod schema. It describes the
 * YAML as written (`io: 'input'`), so fields with defaults are optional, as they are for editors.
 */
export function jsonSchemaText(kind: FileKind): string {
  const { schema, title } = sources[kind];
  const generated = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return `${JSON.stringify({ $schema, title, ...rest }, null, 2)}\n`;
}

/** Write all JSON Schemas into `<registryDir>/schema/`; returns the paths written. */
export async function writeJsonSchemas(registryDir: string): Promise<string[]> {
  const written: string[] = [];
  for (const kind of schemaKinds) {
    const target = path.join(registryDir, 'schema', schemaFileName(kind));
    await writeFileAtomic(target, jsonSchemaText(kind));
    written.push(target);
  }
  return written;
}

/** Problems for every schema file in `<registryDir>/schema/` that is missing or differs from the zod schemas. */
export async function staleSchemaProblems(registryDir: string, rel: (p: string) => string): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const kind of schemaKinds) {
    const target = path.join(registryDir, 'schema', schemaFileName(kind));
    const current = await readFile(target, 'utf8').catch(() => undefined);
    if (current === jsonSchemaText(kind)) continue;
    const state = current === undefined ? 'mangler' : 'er forældet';
    problems.push({
      file: rel(target),
      line: 1,
      column: 1,
      rule: 'schema-stale',
      severity: 'error',
      message: `JSON Schema-filen ${state}; kør "npm run registry -- schema" og commit resultatet`,
    });
  }
  return problems;
}
