import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { editLine, fixtureText, removeTempRegistries, tempRegistry } from '../registry/testing/temp-registry.ts';

afterAll(removeTempRegistries);

const root = fileURLToPath(new URL('../../', import.meta.url));
const R = 'kommuner/101-koebenhavn.yaml';
const roster = await fixtureText(R);

/** Run `npm run registry -- …` as a real process (node directly, as npm would). */
function registry(...args: string[]) {
  return registryIn({}, ...args);
}

/** The same with `env` added to the environment (as GitHub Actions sets GITHUB_WORKSPACE). */
function registryIn(env: Record<string, string>, ...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/cli/registry.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('registry check (process)', () => {
  it('passes on the real registry/ on the pinned date', () => {
    const run = registry('check', '--today', '2026-11-28');
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('Registret er i orden: 0 fejl, 0 advarsler.\n');
    expect(run.code).toBe(0);
  });

  it('prints sorted, located problems and a Danish summary, exit 1', async () => {
    const dir = await tempRegistry(
      { [R]: editLine(editLine(roster, 7, '    tier: kernen'), 5, '    email: Anne@kk.dk') },
      { schemas: true },
    );
    const run = registry('check', '--dir', dir, '--today', '2026-11-28');
    expect(run.stdout).toBe(
      [
        'registry/kommuner/101-koebenhavn.yaml:5:12  schema-value  medlem nr. 1 (Anne Demo): feltet "email": skriv en gyldig arbejds-e-mail med små bogstaver, fx anne.demo@kk.dk',
        'registry/kommuner/101-koebenhavn.yaml:7:11  schema-value  medlem nr. 1 (Anne Demo): feltet "tier": tier skal være kerne eller bred',
        '',
        'Registret har fejl: 2 fejl, 0 advarsler.',
        '',
      ].join('\n'),
    );
    expect(run.code).toBe(1);
  });

  it('--format github: one workflow command per problem, paths relative to the repository, exit 1', async () => {
    const dir = await tempRegistry(
      { [R]: editLine(editLine(roster, 7, '    tier: kernen'), 5, '    email: Anne@kk.dk') },
      { schemas: true },
    );
    const out = path.join(path.dirname(dir), 'resultat', 'registry-check.json');
    const args = ['check', '--dir', dir, '--today', '2026-11-28', '--format', 'github', '--json-out', out];
    // The process runs in the repository; the paths are relative to GITHUB_WORKSPACE (here the copy's root).
    const run = registryIn({ GITHUB_WORKSPACE: path.dirname(dir) }, ...args);
    expect(run.stdout).toBe(
      [
        '::error file=registry/kommuner/101-koebenhavn.yaml,line=5,col=12,title=schema-value::medlem nr. 1 (Anne Demo): feltet "email": skriv en gyldig arbejds-e-mail med små bogstaver, fx anne.demo@kk.dk',
        '::error file=registry/kommuner/101-koebenhavn.yaml,line=7,col=11,title=schema-value::medlem nr. 1 (Anne Demo): feltet "tier": tier skal være kerne eller bred',
        '',
        'Registret har fejl: 2 fejl, 0 advarsler.',
        '',
      ].join('\n'),
    );
    expect([run.code, run.stderr]).toEqual([1, '']);
    // --json-out: what `--format json` prints, for the pull-request comment.
    const saved = JSON.parse(await readFile(out, 'utf8'));
    expect([saved.ok, saved.errors.map((p: { line: number }) => p.line), saved.warnings]).toEqual([false, [5, 7], []]);
  });

  it('prints JSON with errors and warnings apart', async () => {
    const aarhus = await fixtureText('kommuner/751-aarhus.yaml');
    const dir = await tempRegistry({ 'kommuner/751-aarhus.yaml': editLine(aarhus, 8, '') }, { schemas: true });
    const run = registry('check', '--dir', dir, '--today', '2026-11-28', '--format', 'json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      ok: true,
      errors: [],
      warnings: [
        {
          file: 'registry/kommuner/751-aarhus.yaml',
          line: 2,
          column: 15,
          rule: 'contact-missing',
          severity: 'warning',
          message:
            '751 Aarhus har ingen kontaktperson; sæt contact: true på et kerne-medlem (kræver godkendelse fra en administrator)',
        },
      ],
    });
  });

  it('reports stale JSON Schema files and honours --skip', async () => {
    const dir = await tempRegistry();
    const run = registry('check', '--dir', dir, '--today', '2026-11-28');
    expect(run.stdout.split('\n').filter((l) => l.includes('schema-stale'))).toHaveLength(4);
    expect(run.code).toBe(1);
    expect(registry('check', '--dir', dir, '--today', '2026-11-28', '--skip', 'schema-stale').code).toBe(0);
  });

  it.each([
    [['check', '--format', 'xml'], '--format skal være en af: text, json, github (fik "xml")'],
    [['contacts', '--separator', '|'], '--separator skal være ; eller , (fik "|")'],
    [
      ['check', '--today', '2026-02-30'],
      '--today 2026-02-30 findes ikke i kalenderen; skriv en rigtig dato som ÅÅÅÅ-MM-DD, fx 2026-11-28',
    ],
    [['check', '--dir', 'findes-ikke'], 'mappen findes-ikke findes ikke (angiv registermappen med --dir)'],
    [['check', '--verbose'], 'Ukendt tilvalg: --verbose'],
    [['tjek'], 'Ukendt kommando "tjek".'],
    [['compile'], 'angiv --out FIL'],
    [['report', '--format', 'pdf'], '--format skal være en af: md, json, csv (fik "pdf")'],
  ])('exits 2 on usage errors: %j', (args, message) => {
    const run = registry(...args);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(message);
  });
});

describe('registry schema, compile, report, contacts (process)', () => {
  it('schema writes the four schema files that check then finds fresh', async () => {
    const dir = await tempRegistry();
    const run = registry('schema', '--dir', dir);
    expect(run.code).toBe(0);
    expect((await readdir(path.join(dir, 'schema'))).sort()).toEqual([
      'admins.schema.json',
      'kommuner.schema.json',
      'policy.schema.json',
      'roster.schema.json',
    ]);
    expect(registry('check', '--dir', dir, '--today', '2026-11-28').code).toBe(0);
  });

  it('schema --check writes nothing and exits 1 with a located problem when a schema file is missing', async () => {
    const dir = await tempRegistry();
    const before = registry('schema', '--dir', dir, '--check');
    expect(before.code).toBe(1);
    expect(before.stdout.split('\n')[0]).toBe(
      'registry/schema/admins.schema.json:1:1  schema-stale  JSON Schema-filen mangler; kør "npm run registry -- schema" og commit resultatet',
    );
    expect(existsSync(path.join(dir, 'schema'))).toBe(false);
    registry('schema', '--dir', dir);
    expect(registry('schema', '--dir', dir, '--check')).toEqual({
      code: 0,
      stdout: 'JSON Schema-filerne er friske.\n',
      stderr: '',
    });
  });

  it('compile writes the access list; a registry with errors writes nothing', async () => {
    const dir = await tempRegistry();
    const out = path.join(path.dirname(dir), 'access-list.json');
    const ok = registry('compile', '--dir', dir, '--out', out, '--today', '2026-11-28');
    expect(ok.stdout).toBe(`Skrev ${out}: 5 personer.\n`);
    expect(ok.code).toBe(0);
    const list = JSON.parse(await readFile(out, 'utf8'));
    expect(list.members['karin.demo@aarhus.dk'].tier).toBe('kerne');
    const bad = await tempRegistry({ [R]: editLine(roster, 15, '    email: bo@gmail.com') });
    const badOut = path.join(path.dirname(bad), 'access-list.json');
    const refused = registry('compile', '--dir', bad, '--out', badOut, '--today', '2026-11-28');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('registry/kommuner/101-koebenhavn.yaml:15:12  email-domain  ');
    expect(refused.stderr).toContain('Adgangslisten blev ikke skrevet: 1 fejl, 0 advarsler.');
    expect(existsSync(badOut)).toBe(false);
  });

  it('report prints Markdown, JSON and CSV; contacts prints CSV', async () => {
    const dir = await tempRegistry();
    const md = registry('report', '--dir', dir, '--today', '2026-11-28');
    expect(md.code).toBe(0);
    expect(md.stdout.split('\n')[0]).toBe('# Dækning af Sikkerhedsnet pr. 2026-11-28');
    const json = JSON.parse(registry('report', '--dir', dir, '--today', '2026-11-28', '--format', 'json').stdout);
    expect(json.totals.members).toBe(3);
    expect(registry('report', '--dir', dir, '--format', 'csv').stdout.split('\n').slice(0, 2)).toEqual([
      '\uFEFFkode;kommune;region;kontaktpersoner;kerne;bred;udloebet;udloeber_snart',
      '101;København;Region Hovedstaden;1;1;1;0;0',
    ]);
    expect(registry('report', '--dir', dir, '--format', 'csv', '--separator', ',').stdout.split('\n')[1]).toBe(
      '101,København,Region Hovedstaden,1,1,1,0,0',
    );
    expect(registry('contacts', '--dir', dir, '--format', 'csv').stdout.split('\n')).toEqual([
      '\uFEFFkode;kommune;region;navn;email;stilling',
      '101;København;Region Hovedstaden;Anne Demo;anne.demo@kk.dk;Informationssikkerhedskoordinator',
      '751;Aarhus;Region Midtjylland;Karin Demo;karin.demo@aarhus.dk;Informationssikkerhedskoordinator',
      '',
    ]);
  });

  it('contacts writes the exact bytes Danish Excel needs: BOM, `;`, UTF-8 æøå', async () => {
    const dir = await tempRegistry();
    const run = spawnSync(process.execPath, ['scripts/cli/registry.ts', 'contacts', '--dir', dir], { cwd: root });
    expect(run.status).toBe(0);
    expect(run.stdout.subarray(0, 8)).toEqual(Buffer.from([0xef, 0xbb, 0xbf, 0x6b, 0x6f, 0x64, 0x65, 0x3b])); // BOM, "kode;"
    expect(run.stdout.includes(Buffer.from('101;K\u00f8benhavn;', 'utf8'))).toBe(true);
    expect(run.stdout.includes(Buffer.from([0x4b, 0xc3, 0xb8, 0x62]))).toBe(true); // "Køb" in UTF-8
  });

  it('report exits 1 with located problems when the registry cannot be loaded', async () => {
    const dir = await tempRegistry({ [R]: '' });
    const run = registry('report', '--dir', dir);
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n')[0]).toBe(
      'registry/kommuner/101-koebenhavn.yaml:1:1  file-empty  filen er tom; se registry/README.md for, hvad den skal indeholde',
    );
  });
});
