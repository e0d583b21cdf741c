/**
 * `--help` everywhere, as real processes: every entry point and every subcommand answers `--help` and `-h` with its
 * own Danish usage and its flags (exit 0, nothing on stderr); an unknown option is exit 2 with the message and the
 * command's usage line.
 */
import { describe, expect, it } from 'vitest';
import { REGISTRY_COMMANDS } from './registry-commands.ts';
import { runEntry } from './testing/run-process.ts';

/** The flags each registry command must list in its help, written out by hand so that the test can fail. */
const REGISTRY_FLAGS: Record<string, string[]> = {
  check: ['--dir', '--library', '--format', '--json-out', '--today', '--skip'],
  schema: ['--dir', '--check'],
  compile: ['--dir', '--out', '--today'],
  report: ['--dir', '--format', '--separator', '--today'],
  contacts: ['--dir', '--format', '--separator'],
  authorize: ['--base', '--actor', '--dir'],
  codeowners: ['--check', '--dir'],
  'issue-form': ['--check', '--dir'],
  'add-member': [
    '--municipality',
    '--name',
    '--email',
    '--title',
    '--tier',
    '--contact',
    '--github',
    '--github-id',
    '--approved-by',
    '--today',
    '--dir',
  ],
  'remove-member': ['--email', '--today', '--dir'],
  confirm: ['--email', '--all-in', '--by', '--today', '--dir'],
  sync: ['--dir', '--apply', '--format', '--allow-large-removal'],
  reconfirm: ['--dir', '--out', '--today'],
  'remove-expired': ['--dir', '--today'],
  'access-request': ['--dir', '--body', '--actor', '--today'],
  'pr-comment': ['--pr', '--problems', '--head-sha', '--head-repo', '--repo', '--author'],
};

/** The flags listed under "Tilvalg:" in a help text. */
function listedFlags(help: string): string[] {
  const block = help.slice(help.indexOf('\nTilvalg:\n'));
  return [...block.matchAll(/^ {2}(?:-h, )?(--[a-z-]+)/gm)].map((m) => m[1] ?? '');
}

describe('npm run registry -- <kommando> --help', () => {
  it('lists every command of the table, with its summary', async () => {
    const run = await runEntry('registry.ts', ['--help']);
    expect([run.code, run.stderr]).toEqual([0, '']);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('Brug: npm run registry -- <kommando> [--dir MAPPE] [flag]');
    const names = Object.keys(REGISTRY_FLAGS);
    expect(lines.slice(3, 3 + names.length).map((l) => l.trim().split(/\s+/)[0])).toEqual(names);
    expect(lines).toContain('  sync            synkroniser GitHub-teams med registret (tør kørsel uden --apply)');
    expect(lines.at(-2)).toBe('Se npm run registry -- <kommando> --help for kommandoens tilvalg.');
    expect((await runEntry('registry.ts', ['-h'])).stdout).toBe(run.stdout);
    expect((await runEntry('registry.ts', ['help'])).stdout).toBe(run.stdout);
  });

  it('the table and this test name the same commands', () => {
    expect(Object.keys(REGISTRY_COMMANDS)).toEqual(Object.keys(REGISTRY_FLAGS));
  });

  it.each(Object.entries(REGISTRY_FLAGS))('%s --help: its own usage and flags, exit 0', async (name, flags) => {
    const run = await runEntry('registry.ts', [name, '--help']);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout.split('\n')[0]).toMatch(new RegExp(`^Brug: npm run registry -- ${name} `));
    expect(listedFlags(run.stdout)).toEqual([...flags, '--help']);
    expect((await runEntry('registry.ts', [name, '-h'])).stdout).toBe(run.stdout);
  });

  it('sync --help prints exactly this', async () => {
    const run = await runEntry('registry.ts', ['sync', '--help']);
    expect(run.stdout).toBe(
      [
        'Brug: npm run registry -- sync [--dir MAPPE] [--apply] [--format text|json] [--allow-large-removal BEGRUNDELSE]',
        '',
        'Synkroniser GitHub-teams med registret (tør kørsel uden --apply)',
        '',
        'Adgang til GitHub: en GitHub App (SIKKERHEDSNET_GITHUB_APP_ID, SIKKERHEDSNET_GITHUB_APP_PRIVATE_KEY, evt.',
        'SIKKERHEDSNET_GITHUB_APP_INSTALLATION_ID) eller et token (GITHUB_TOKEN eller SIKKERHEDSNET_GITHUB_TOKEN);',
        'GitHub Enterprise Server: GITHUB_API_URL=https://VÆRT/api/v3.',
        '',
        'Tilvalg:',
        '  --dir MAPPE                        registermappen (standard: registry)',
        '  --apply                            udfør planen (uden: tør kørsel, intet ændres)',
        '  --format text|json                 uddata (standard: text)',
        '  --allow-large-removal BEGRUNDELSE  tillad en plan, der fjerner flere end policy.yaml tillader',
        '  -h, --help                         vis denne hjælp',
        '',
      ].join('\n'),
    );
    expect((await runEntry('registry.ts', ['help', 'sync'])).stdout).toBe(run.stdout);
  });

  it('help comes before everything else on the line, even a bad flag', async () => {
    const run = await runEntry('registry.ts', ['check', '--today', '2026-02-30', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe(
      'Brug: npm run registry -- check [--dir MAPPE] [--library MAPPE] [--format text|json|github] [--json-out FIL] [--today ÅÅÅÅ-MM-DD] [--skip REGEL,…]',
    );
  });
});

describe('--help of content, build, serve and start', () => {
  it('content --help lists its commands', async () => {
    const run = await runEntry('content.ts', ['--help']);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toBe(
      [
        'Brug: npm run content -- <kommando> [tilvalg]',
        '',
        'Kommandoer:',
        '  check               kontrollér biblioteket: CPR-numre, persondata, klassifikation, links, dubletter, frontmatter, gennemgang',
        '  report              skabeloner over tid til gennemgang, frister de næste 60 dage og bibliotekets størrelse',
        '  pr-comment          skriv eller ret kontrollens kommentar på en pull request (fra check --json-out)',
        '  experience-request  gør en erfaring fra formularen "Del en erfaring" (issue) til en ny fil i erfaringer/',
        '  import              importér et Word-dokument (.docx) som en ny skabelon (udkast) i biblioteket',
        '  template-request    gør en Word-fil fra formularen "Del en skabelon" (issue) til en ny skabelon i dens kategori',
        '',
        'Se npm run content -- <kommando> --help for kommandoens tilvalg.',
        '',
      ].join('\n'),
    );
  });

  it.each([
    [
      'content.ts',
      ['check'],
      'Brug: npm run content -- check ',
      ['--dir', '--registry', '--changed-since', '--skip', '--format', '--json-out', '--today'],
    ],
    [
      'content.ts',
      ['pr-comment'],
      'Brug: npm run content -- pr-comment ',
      ['--pr', '--problems', '--head-sha', '--head-repo', '--repo', '--author'],
    ],
    [
      'content.ts',
      ['report'],
      'Brug: npm run content -- report ',
      ['--dir', '--registry', '--format', '--separator', '--today'],
    ],
    [
      'content.ts',
      ['experience-request'],
      'Brug: npm run content -- experience-request ',
      ['--issue-body', '--author', '--dir', '--registry', '--out', '--today'],
    ],
    [
      'content.ts',
      ['import'],
      'Brug: npm run content -- import FIL.docx ',
      ['--file', '--category', '--owner', '--audience', '--dir', '--registry', '--today'],
    ],
    [
      'content.ts',
      ['template-request'],
      'Brug: npm run content -- template-request ',
      ['--issue-body', '--author', '--dir', '--registry', '--out', '--today', '--attachment'],
    ],
    [
      'build.ts',
      [],
      'Brug: npm run build -- ',
      ['--tier', '--content', '--registry', '--discussions', '--out', '--word-cache', '--no-word-cache', '--json'],
    ],
    ['serve.ts', [], 'Brug: npm run serve', []],
    ['start.ts', [], 'Brug: npm start', []],
  ])('%s %j --help: its own usage and flags, exit 0', async (script, args, usage, flags) => {
    for (const help of ['--help', '-h']) {
      const run = await runEntry(script, [...args, help]);
      expect([run.code, run.stderr]).toEqual([0, '']);
      expect(run.stdout.startsWith(usage)).toBe(true);
      expect(listedFlags(run.stdout)).toEqual([...flags, '--help']);
    }
  });
});

describe('unknown options: exit 2 with the message and the usage', () => {
  it.each([
    [
      'registry.ts',
      ['sync', '--verbose'],
      'Brug: npm run registry -- sync [--dir MAPPE] [--apply] [--format text|json] [--allow-large-removal BEGRUNDELSE]',
    ],
    [
      'registry.ts',
      ['access-request', '--verbose'],
      'Brug: npm run registry -- access-request --body FIL --actor LOGIN [--dir MAPPE] [--today ÅÅÅÅ-MM-DD]',
    ],
    [
      'content.ts',
      ['report', '--verbose'],
      'Brug: npm run content -- report [--dir MAPPE] [--registry MAPPE] [--format md|json|csv] [--separator ;|,] [--today ÅÅÅÅ-MM-DD]',
    ],
    [
      'build.ts',
      ['--verbose'],
      'Brug: npm run build -- [--tier kerne|bred]... [--content MAPPE] [--registry MAPPE] [--discussions MAPPE] [--out MAPPE] [--word-cache MAPPE | --no-word-cache] [--json]',
    ],
    ['serve.ts', ['--verbose'], 'Brug: npm run serve'],
    ['start.ts', ['--verbose'], 'Brug: npm start'],
  ])('%s %j', async (script, args, usage) => {
    expect(await runEntry(script, args)).toEqual({
      code: 2,
      stdout: '',
      stderr: `Ukendt tilvalg: --verbose\n${usage}\n`,
    });
  });

  it('a bad value is refused the same way', async () => {
    expect(await runEntry('build.ts', ['--tier', 'alle'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        '--tier skal være "kerne" eller "bred"\n' +
        'Brug: npm run build -- [--tier kerne|bred]... [--content MAPPE] [--registry MAPPE] [--discussions MAPPE] [--out MAPPE] [--word-cache MAPPE | --no-word-cache] [--json]\n',
    });
    expect(await runEntry('build.ts', ['--word-cache', '.tmp/x', '--no-word-cache'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'brug enten --word-cache eller --no-word-cache\n' +
        'Brug: npm run build -- [--tier kerne|bred]... [--content MAPPE] [--registry MAPPE] [--discussions MAPPE] [--out MAPPE] [--word-cache MAPPE | --no-word-cache] [--json]\n',
    });
  });
});
