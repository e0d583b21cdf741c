import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { jsonSchemaText, schemaKinds, staleSchemaProblems, writeJsonSchemas } from './json-schema.ts';
import { removeTempRegistries, tempRegistry } from './testing/temp-registry.ts';

afterAll(removeTempRegistries);

const rel = (p: string) => p.split(path.sep).slice(-3).join('/');

describe('JSON Schema generation', () => {
  it('is deterministic and strict', () => {
    for (const kind of schemaKinds) expect(jsonSchemaText(kind)).toBe(jsonSchemaText(kind));
    const roster = JSON.parse(jsonSchemaText('roster'));
    expect(roster.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(roster.additionalProperties).toBe(false);
    expect(roster.properties.members.items.additionalProperties).toBe(false);
    expect(roster.properties.members.items.required).toEqual([
      'name',
      'email',
      'title',
      'tier',
      'added',
      'confirmed',
      'approved_by',
    ]);
    expect(roster.properties.members.items.properties.tier.enum).toEqual(['kerne', 'bred']);
  });

  it('reports missing and stale schema files, and nothing once they are written', async () => {
    const dir = await tempRegistry();
    const missing = await staleSchemaProblems(dir, rel);
    expect(missing.map((p) => [p.file, p.rule, p.message])).toContainEqual([
      'registry/schema/roster.schema.json',
      'schema-stale',
      'JSON Schema-filen mangler; kør "npm run registry -- schema" og commit resultatet',
    ]);
    await writeJsonSchemas(dir);
    expect(await staleSchemaProblems(dir, rel)).toEqual([]);
    await writeFile(path.join(dir, 'schema', 'policy.schema.json'), '{}\n');
    expect(await staleSchemaProblems(dir, rel)).toEqual([
      {
        file: 'registry/schema/policy.schema.json',
        line: 1,
        column: 1,
        rule: 'schema-stale',
        severity: 'error',
        message: 'JSON Schema-filen er forældet; kør "npm run registry -- schema" og commit resultatet',
      },
    ]);
  });
});
