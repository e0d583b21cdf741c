import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkRegistry } from './check.ts';
import { codeownersStaleProblems, renderCodeowners, writeCodeowners } from './codeowners.ts';
import { loadOrThrow } from './testing/temp-registry.ts';
import type { Registry } from './types.ts';

const FIXTURE = path.join(import.meta.dirname, 'authorize', 'fixtures', 'registry');
const EXPECTED = `# Genereret af \`npm run registry -- codeowners\` ud fra registret. Ret ikke i filen i hånden:
# ret registret, og kør kommandoen igen. CI fejler, når filen er forældet.

# Nye kommunefiler: administratorerne.
/registry/kommuner/ @kl-admin-demo @kl-moderator-demo

# Hver kommunes fil: kommunens kontaktpersoner og administratorerne.
/registry/kommuner/101-koebenhavn.yaml @anne-demo @bo-eksempel @kl-admin-demo @kl-moderator-demo
/registry/kommuner/316-holbaek.yaml @frida-fiktiv @kl-admin-demo @kl-moderator-demo

# Fælles filer, skema og arbejdsgange: kun administratorerne.
/registry/kommuner.yaml @kl-admin-demo @kl-moderator-demo
/registry/admins.yaml @kl-admin-demo @kl-moderator-demo
/registry/policy.yaml @kl-admin-demo @kl-moderator-demo
/registry/schema/ @kl-admin-demo @kl-moderator-demo
/.github/ @kl-admin-demo @kl-moderator-demo
`;

let root: string;
let dir: string;
const load = (): Promise<Registry> => loadOrThrow(dir);

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'sikkerhedsnet-codeowners-'));
  dir = path.join(root, 'registry');
  await cp(FIXTURE, dir, { recursive: true });
  await mkdir(path.join(root, '.github'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('codeowners', () => {
  it('renders each roster for its contact persons and the admins, shared files for admins only', async () => {
    expect(renderCodeowners(await load(), root)).toBe(EXPECTED);
  });

  it('writes the file, and then finds it fresh', async () => {
    const registry = await load();
    expect(await writeCodeowners(registry, root)).toBe(true);
    expect(await readFile(path.join(root, '.github/CODEOWNERS'), 'utf8')).toBe(EXPECTED);
    expect(await writeCodeowners(registry, root)).toBe(false);
    expect(codeownersStaleProblems(registry, root)).toEqual([]);
  });

  it('reports a missing file', async () => {
    expect(codeownersStaleProblems(await load(), root)).toEqual([
      {
        file: '.github/CODEOWNERS',
        line: 1,
        column: 1,
        rule: 'codeowners-stale',
        severity: 'error',
        message: '.github/CODEOWNERS mangler. Kør `npm run registry -- codeowners`, og commit filen.',
      },
    ]);
  });

  it('reports the first stale line after a new contact person', async () => {
    await writeCodeowners(await load(), root);
    const roster = path.join(dir, 'kommuner/316-holbaek.yaml');
    const text = await readFile(roster, 'utf8');
    await writeFile(
      roster,
      text.replace('    tier: bred\n', '    tier: kerne\n    contact: true\n    github: gustav-demo\n'),
    );
    expect(codeownersStaleProblems(await load(), root)).toEqual([
      {
        file: '.github/CODEOWNERS',
        line: 9,
        column: 1,
        rule: 'codeowners-stale',
        severity: 'error',
        message:
          '.github/CODEOWNERS er forældet i forhold til registret: linje 9 skulle være «/registry/kommuner/316-holbaek.yaml @frida-fiktiv @gustav-demo @kl-admin-demo @kl-moderator-demo». Kør `npm run registry -- codeowners`, og commit filen.',
      },
    ]);
  });

  it('is part of `check` as a freshness check', async () => {
    const options = { today: '2026-11-28', skip: new Set(['schema-stale']) };
    expect((await checkRegistry(dir, options)).problems.map((p) => p.rule)).toEqual(['codeowners-stale']);
    await writeCodeowners(await load(), root);
    expect((await checkRegistry(dir, options)).problems).toEqual([]);
  });
});
