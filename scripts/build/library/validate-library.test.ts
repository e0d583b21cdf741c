import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../site/src/lib/env.ts';
import { buildSite } from '../build-site.ts';
import { readLibrary } from './read-library.ts';
import { validateLibrary } from './validate-library.ts';

const codes = new Set(['101', '147', '316']);
let root: string;
let lib: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'sikkerhedsnet-validate-'));
  lib = join(root, 'templates-library');
  await cp(join(REPO_ROOT, 'site/fixtures/library'), lib, { recursive: true });
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

async function problems() {
  return validateLibrary(await readLibrary(lib, root), codes).problems;
}

describe('validateLibrary', () => {
  it('accepts the fixture library', async () => {
    const result = validateLibrary(await readLibrary(lib, root), codes);
    expect(result.problems).toEqual([]);
    expect(result.templates.map((t) => t.slug).sort()).toEqual([
      'beredskabsplan-kerne',
      'haendelsesprocedure',
      'informationssikkerhedspolitik',
      'risikoregister-kerne',
      'risikovurdering',
    ]);
    expect(result.news).toHaveLength(2);
    expect(result.meetings).toHaveLength(2);
  });

  it('names the file and line of a missing attachment', async () => {
    await rm(join(lib, 'risikostyring/risikoregister.csv'));
    expect(await problems()).toEqual([
      {
        file: 'templates-library/risikostyring/risikoregister-kerne.mdx',
        line: 12,
        column: 1,
        rule: 'bilag-mangler',
        severity: 'error',
        message:
          'Bilaget "risikoregister.csv" findes ikke ved siden af templates-library/risikostyring/risikoregister-kerne.mdx; læg filen i samme mappe eller fjern den fra attachments',
      },
    ]);
  });

  it('locates an unknown key, a bad owner and a category in the wrong folder', async () => {
    await edit('risikostyring/risikovurdering.mdx', 'owner: "101"', 'owner: "998"\nforfatter: Bo Eksempel');
    await edit('politikker/informationssikkerhedspolitik.mdx', 'category: politikker', 'category: ledelse');
    expect((await problems()).map((p) => `${p.file}:${p.line} ${p.rule} ${p.message}`)).toEqual([
      'templates-library/politikker/informationssikkerhedspolitik.mdx:4 kategori-mappe category "ledelse" passer ikke til mappen "politikker"; flyt filen til ledelse/ eller ret category',
      'templates-library/risikostyring/risikovurdering.mdx:7 frontmatter owner "998" findes ikke: skriv "KL" eller en kommunekode fra registry/kommuner.yaml, fx "101"',
      'templates-library/risikostyring/risikovurdering.mdx:1 ukendt-felt Ukendt felt i skabelonen: forfatter. Tilladte felter: title, summary, category, tags, audience, owner, maintainers, version, reviewed, review_interval_months, status, supersedes, attachments',
    ]);
  });

  it('rejects a supersedes slug that is a live template', async () => {
    await edit(
      'politikker/informationssikkerhedspolitik.mdx',
      'supersedes: [sikkerhedspolitik-gammel]',
      'supersedes: [risikovurdering]',
    );
    expect((await problems()).map((p) => `${p.line} ${p.rule} ${p.message}`)).toEqual([
      '13 omdirigering supersedes "risikovurdering" er navnet på en eksisterende skabelon; fjern den gamle fil eller ret supersedes',
    ]);
  });

  it('makes buildSite stop before writing anything', async () => {
    await rm(join(lib, 'risikostyring/risikoregister.csv'));
    const out = join(root, 'dist');
    const result = await buildSite({
      contentDir: lib,
      registryDir: join(REPO_ROOT, 'site/fixtures/registry'),
      outDir: out,
      repoRoot: REPO_ROOT,
    });
    expect(result.tiers).toEqual([]);
    expect(result.problems.map((p) => p.rule)).toEqual(['bilag-mangler']);
    await expect(readFile(join(out, 'kerne.manifest.json'))).rejects.toThrow(/ENOENT/);
  });
});
