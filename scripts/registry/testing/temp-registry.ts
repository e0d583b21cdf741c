import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Problem, sortProblems } from '../../problems/problem.ts';
import { writeJsonSchemas } from '../json-schema.ts';
import { loadRegistry } from '../load.ts';
import { runRules } from '../rules/context.ts';
import { rules } from '../rules/index.ts';
import type { Registry } from '../types.ts';

/** The small valid registry that tests start from (mirrors registry/). */
export const validFixture = fileURLToPath(new URL('../fixtures/valid/', import.meta.url));

/** Today as the tests see it, so confirmations in the fixture stay valid forever. */
export const TODAY = '2026-11-28';

const created: string[] = [];

/** Text of a fixture file, by its path inside the registry (e.g. `kommuner/101-koebenhavn.yaml`). */
export function fixtureText(rel: string): Promise<string> {
  return readFile(path.join(validFixture, rel), 'utf8');
}

/** Replace 1-based line `line` of `text`. */
export function editLine(text: string, line: number, replacement: string): string {
  const lines = text.split('\n');
  lines[line - 1] = replacement;
  return lines.join('\n');
}

/**
 * Copy the valid fixture to `<tmp>/registry`, apply `changes` (path inside the registry → new content,
 * or null to delete) and return the registry directory. `schemas: true` also writes registry/schema/.
 */
export async function tempRegistry(
  changes: Record<string, string | Uint8Array | null> = {},
  options: { schemas?: boolean } = {},
): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'sikkerhedsnet-registry-'));
  created.push(root);
  const dir = path.join(root, 'registry');
  await cp(validFixture, dir, { recursive: true });
  if (options.schemas) await writeJsonSchemas(dir);
  for (const [rel, content] of Object.entries(changes)) {
    const target = path.join(dir, rel);
    if (content === null) await rm(target, { recursive: true, force: true });
    else {
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, content);
    }
  }
  return dir;
}

/** Delete every directory made by {@link tempRegistry}; call from afterAll. */
export async function removeTempRegistries(): Promise<void> {
  await Promise.all(created.splice(0).map((d) => rm(d, { recursive: true, force: true })));
}

/** Load `dir`, failing the test with the problems when it does not load. */
export async function loadOrThrow(dir: string): Promise<Registry> {
  const { registry, problems } = await loadRegistry(dir);
  if (!registry) throw new Error(JSON.stringify(problems));
  return registry;
}

/** Load + every rule on a changed fixture, sorted; fails the test if loading itself reported errors. */
export async function ruleProblems(changes: Record<string, string | null> = {}, today = TODAY): Promise<Problem[]> {
  const { registry, problems } = await loadRegistry(await tempRegistry(changes));
  if (!registry) throw new Error(`fixture did not load: ${JSON.stringify(problems, null, 2)}`);
  return sortProblems([...problems, ...runRules(rules, registry, today)]);
}
