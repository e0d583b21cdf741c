import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const exec = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..', '..');
const fixtures = path.join(root, 'scripts', 'content', 'fixtures');

/** Run the CLI and return its exit code and output (never throws on a non-zero exit). */
async function content(args: string[], cwd = root) {
  try {
    const { stdout, stderr } = await exec(process.execPath, [path.join(root, 'scripts/cli/content.ts'), ...args], {
      cwd,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm run content -- check', () => {
  it('prints problems as JSON and exits 1 on errors', async () => {
    const r = await content([
      'check',
      '--dir',
      path.join(fixtures, 'links'),
      '--registry',
      path.join(fixtures, 'registry'),
      '--format',
      'json',
      '--today',
      '2026-11-28',
    ]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.ok).toBe(false);
    expect(out.errors).toHaveLength(12);
    expect(out.errors[0]).toEqual({
      file: 'links/beredskab/plan.mdx',
      line: 12,
      column: 30,
      rule: 'attachment-missing',
      severity: 'error',
      message:
        'Bilaget "mangler.xlsx" findes ikke ved siden af plan.mdx. Læg filen i mappen, eller fjern den fra attachments.',
    });
  });

  it('exits 0 with only warnings and prints a Danish summary', async () => {
    const r = await content([
      'check',
      '--dir',
      path.join(fixtures, 'duplicates'),
      '--registry',
      path.join(fixtures, 'registry'),
      '--skip',
      'private-email',
      '--today',
      '2026-11-28',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').at(-2)).toBe('content check: 0 fejl, 1 advarsel');
    expect(r.stdout).toContain(
      'duplicates/risikostyring/kopi-b.mdx:1:1  near-duplicate  advarsel: Teksten ligner skabelonen "kopi-a"',
    );
  });

  it('--format github: workflow commands with paths relative to the repository, JSON for the comment, exit 1', async () => {
    const out = path.join(await mkdtemp(path.join(tmpdir(), 'content-github-')), 'content-check.json');
    const r = await content([
      'check',
      '--dir',
      path.join(fixtures, 'links'),
      '--registry',
      path.join(fixtures, 'registry'),
      '--format',
      'github',
      '--json-out',
      out,
      '--today',
      '2026-11-28',
    ]);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(
      '::error file=scripts/content/fixtures/links/beredskab/plan.mdx,line=12,col=30,title=attachment-missing::' +
        'Bilaget "mangler.xlsx" findes ikke ved siden af plan.mdx. Læg filen i mappen, eller fjern den fra attachments.',
    );
    expect(lines.filter((l) => l.startsWith('::error file=scripts/content/fixtures/links/'))).toHaveLength(11);
    // The registry's files are found under --registry, not under the library.
    expect(lines[11]).toMatch(
      /^::error file=scripts\/content\/fixtures\/registry\/kommuner\/101-koebenhavn\.yaml,line=9,col=12,title=private-email::/,
    );
    expect(lines.at(-2)).toBe('content check: 12 fejl, 0 advarsler');
    const saved = JSON.parse(await readFile(out, 'utf8'));
    expect([saved.ok, saved.errors.length, saved.errors[0].file]).toEqual([false, 12, 'links/beredskab/plan.mdx']);
    await rm(path.dirname(out), { recursive: true, force: true });
  });

  it.each([
    [['lint'], 'Ukendt eller manglende kommando: lint.'],
    // The shared flag definitions (scripts/cli/flags.ts): the same messages as the registry's commands.
    [['check', '--today', '28-11-2026'], '--today skal være en dato som 2026-11-28, ikke "28-11-2026"'],
    [['check', '--format', 'md'], '--format skal være en af: text, json, github (fik "md")'],
    [['report', '--changed-since', 'HEAD'], 'Ukendt tilvalg: --changed-since'],
    [['check', '--dir', '/findes/ikke'], 'mappen /findes/ikke findes ikke (angiv biblioteket med --dir)'],
    [['check', '--registry', '/findes/ikke'], 'mappen /findes/ikke findes ikke (angiv registermappen med --registry)'],
    // A rule that does not exist (here the name before the rules were split) must not quietly skip nothing.
    [
      ['check', '--skip', 'frontmatter,cpr-number'],
      'Ukendt regel i --skip: frontmatter. Reglerne er: library-folder, file-name, frontmatter-syntax, frontmatter-schema, category-folder, duplicate-slug, supersedes-conflict, attachment-missing, attachment-unreadable, tag-vocabulary, tag-unknown, registry-unreadable, cpr-number, private-email, phone-number, classification, links, near-duplicate, review-deadline, experience-contact, vendor-near-duplicate.',
    ],
  ])('exits 2 on bad usage %j', async (args, message) => {
    const r = await content(args);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(message);
  });

  it('prints the review report as CSV', async () => {
    const r = await content([
      'report',
      '--dir',
      path.join(fixtures, 'frontmatter'),
      '--registry',
      path.join(fixtures, 'registry'),
      '--format',
      'csv',
      '--today',
      '2026-11-28',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')).toEqual([
      '\uFEFFSkabelon;Titel;Ejer;Ansvarlige;Gennemgået;Frist;Dage over tid;Fil',
      // forkert.mdx fails its schema (owner 999): invalid pages are reported by check, not listed here.
      'ok;I orden;Aarhus (751);Bo Eksempel;2026-06-30;2026-09-30;59;frontmatter/drift/ok.mdx',
      '',
    ]);
  });

  it('prints the Markdown report with what falls due in 60 days and the library by category and status', async () => {
    const r = await content([
      'report',
      '--dir',
      path.join(fixtures, 'report'),
      '--registry',
      path.join(fixtures, 'registry'),
      '--today',
      '2026-02-01',
    ]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe(
      [
        '# Skabeloner der skal gennemgås (2026-02-01)',
        '',
        '## Over tid',
        '',
        'Ingen skabeloner er over tid.',
        '',
        '## Frist inden for 60 dage (til og med 2026-04-02)',
        '',
        'Ingen skabeloner skal gennemgås inden for de næste 60 dage.',
        '',
        '## Bibliotekets størrelse',
        '',
        '| Kategori | Udkast | Gældende | Forældet | I alt |',
        '| --- | ---: | ---: | ---: | ---: |',
        '| Risikostyring | 0 | 1 | 1 | 2 |',
        '| Beredskab | 1 | 1 | 0 | 2 |',
        '| Politikker | 0 | 1 | 0 | 1 |',
        '| Hændelseshåndtering | 0 | 0 | 0 | 0 |',
        '| Leverandørstyring | 0 | 0 | 0 | 0 |',
        '| Databeskyttelse | 0 | 0 | 0 | 0 |',
        '| Awareness | 0 | 0 | 0 | 0 |',
        '| Drift | 0 | 2 | 0 | 2 |',
        '| Ledelse | 0 | 0 | 0 | 0 |',
        '| I alt | 1 | 5 | 1 | 7 |',
        '',
        'Desuden 1 nyhed og 1 møde.',
        '1 side er ikke talt med, fordi den har fejl (se npm run content -- check).',
        '',
      ].join('\n'),
    );
  });
});

describe('--changed-since', () => {
  let repo = '';
  const git = (...args: string[]) => exec('git', args, { cwd: repo });
  beforeAll(async () => {
    repo = await mkdtemp(path.join(tmpdir(), 'content-git-'));
    await cp(path.join(fixtures, 'duplicates'), path.join(repo, 'templates-library'), { recursive: true });
    await cp(path.join(fixtures, 'registry'), path.join(repo, 'registry'), { recursive: true });
    await git('init', '-q');
    await git('add', '.');
    await git('-c', 'user.name=Anne Demo', '-c', 'user.email=anne.demo@kk.dk', 'commit', '-qm', 'start');
    await writeFile(path.join(repo, 'templates-library/risikostyring/egen.mdx'), 'CPR 070761-4285\n', { flag: 'a' });
    await writeFile(
      path.join(repo, 'templates-library/risikostyring/ny-fil.csv'),
      'navn;cpr\nBo Eksempel;211062-5629\n',
    );
  });
  afterAll(() => rm(repo, { recursive: true, force: true }));

  it('limits per-file checks to changed and untracked files; cross-file checks still see everything', async () => {
    const r = await content(['check', '--changed-since', 'HEAD', '--format', 'json', '--today', '2026-11-28'], repo);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(
      out.errors.map((p: { file: string; line: number; rule: string }) => `${p.file}:${p.line} ${p.rule}`),
    ).toEqual([
      'templates-library/risikostyring/egen.mdx:15 cpr-number',
      'templates-library/risikostyring/ny-fil.csv:2 cpr-number',
    ]);
    // The registry's private address is in an unchanged file, so it is not reported...
    expect(JSON.stringify(out)).not.toContain('gmail');
    // ...while the near-duplicate pair is found across the whole library.
    expect(out.warnings.map((p: { file: string; rule: string }) => `${p.file} ${p.rule}`)).toEqual([
      'templates-library/risikostyring/kopi-b.mdx near-duplicate',
    ]);
  });

  it("exits 2 with git's complaint for an unknown ref", async () => {
    const r = await content(['check', '--changed-since', 'findes-ikke'], repo);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^--changed-since findes-ikke: git kunne ikke finde de ændrede filer \(fatal: .*findes-ikke.*\)\.\n$/,
    );
  });
});
