/**
 * The build's validation: it stops before writing anything, and it reports exactly what `content check` reports
 * for the same library (rule name, message, file, line, column), since both run the one loader in scripts/library.
 * The content check is run as users run it, through its command line, so this test imports nothing of the
 * content layer.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Problem } from '../problems/problem.ts';
import { buildSite } from './build-site.ts';
import { REPO_ROOT } from './repo-root.ts';

const exec = promisify(execFile);
let root: string;
let lib: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'sikkerhedsnet-validate-'));
  lib = join(root, 'templates-library');
  await cp(join(REPO_ROOT, 'site/fixtures/library'), lib, { recursive: true });
  await cp(join(REPO_ROOT, 'site/fixtures/registry'), join(root, 'registry'), { recursive: true });
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function edit(file: string, from: string, to: string): Promise<void> {
  const path = join(lib, file);
  const text = await readFile(path, 'utf8');
  expect(text).toContain(from);
  await writeFile(path, text.replace(from, to));
}

/** The build's problems; paths are relative to `root`, which stands in for the repository. */
async function buildProblems(): Promise<Problem[]> {
  const result = await buildSite({ repoRoot: root, contentDir: 'templates-library', registryDir: 'registry' });
  expect(result.tiers).toEqual([]);
  return result.problems;
}

/** The errors `npm run content -- check` prints as JSON for the same library. */
async function contentErrors(): Promise<Problem[]> {
  const args = ['scripts/cli/content.ts', 'check', '--dir', lib, '--registry', join(root, 'registry')];
  const run = exec(process.execPath, [...args, '--format', 'json', '--today', '2026-11-28'], { cwd: REPO_ROOT });
  const { stdout } = await run.catch((error: { stdout: string }) => ({ stdout: error.stdout }));
  return JSON.parse(stdout).errors;
}

describe('the build validates with the content check’s loader', () => {
  it('stops before writing anything', async () => {
    await rm(join(lib, 'risikostyring/risikoregister.csv'));
    const result = await buildSite({ repoRoot: root, contentDir: 'templates-library', registryDir: 'registry' });
    expect(result.tiers).toEqual([]);
    expect(result.problems.map((p) => p.rule)).toEqual(['attachment-missing']);
    await expect(readFile(join(root, 'dist', 'kerne.manifest.json'))).rejects.toThrow(/ENOENT/);
  });

  it('reports a missing attachment exactly as the content check does', async () => {
    await rm(join(lib, 'risikostyring/risikoregister.csv'));
    const expected: Problem = {
      file: 'templates-library/risikostyring/risikoregister-kerne.mdx',
      line: 12,
      column: 15,
      rule: 'attachment-missing',
      severity: 'error',
      message:
        'Bilaget "risikoregister.csv" findes ikke ved siden af risikoregister-kerne.mdx. Læg filen i mappen, eller fjern den fra attachments.',
    };
    expect(await buildProblems()).toEqual([expected]);
    expect(await contentErrors()).toEqual([expected]);
  });

  it('reports a file in an unknown folder exactly as the content check does', async () => {
    await mkdir(join(lib, 'diverse'));
    await cp(join(lib, 'risikostyring/risikovurdering.mdx'), join(lib, 'diverse/notat.mdx'));
    const problems = await buildProblems();
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}`)).toEqual([
      'templates-library/diverse/notat.mdx:1:1 library-folder',
    ]);
    expect(await contentErrors()).toEqual(problems);
  });

  it('reports a category that does not match its folder exactly as the content check does', async () => {
    await edit('politikker/informationssikkerhedspolitik.mdx', 'category: politikker', 'category: ledelse');
    const problems = await buildProblems();
    expect(problems).toEqual([
      {
        file: 'templates-library/politikker/informationssikkerhedspolitik.mdx',
        line: 4,
        column: 11,
        rule: 'category-folder',
        severity: 'error',
        message:
          'category "ledelse" passer ikke til mappen politikker/. Skriv category: politikker, eller flyt filen til den rigtige mappe.',
      },
    ]);
    expect(await contentErrors()).toEqual(problems);
  });

  it('reports a kommuner.yaml it cannot read under registry-unreadable', async () => {
    await rm(join(root, 'registry', 'kommuner.yaml'));
    expect((await buildProblems()).map((p) => `${p.file}:${p.line} ${p.rule}`)).toEqual([
      'registry/kommuner.yaml:1 registry-unreadable',
    ]);
  });
});
