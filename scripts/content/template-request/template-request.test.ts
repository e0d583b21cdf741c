/**
 * `npm run content -- template-request` end to end, as a process on the fixture registry and a copy of the fixture
 * library, with the attachment given as a file (--attachment, so no network): the registry's judgement of the
 * author, the answer on stdout, the exit code, and the files written, or nothing written.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PLAN } from './testing/docx.ts';
import { issueBody } from './testing/issue-body.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const FIXTURES = path.join(import.meta.dirname, '../experience-request/fixtures');
const REGISTRY = path.join(FIXTURES, 'registry');

async function runContent(args: readonly string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['scripts/cli/content.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, GITHUB_TOKEN: '' },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let temp: string;
let library: string;
beforeEach(async () => {
  temp = await mkdtemp(path.join(tmpdir(), 'sikkerhedsnet-template-request-cli-'));
  library = path.join(temp, 'templates-library');
  await cp(path.join(FIXTURES, 'templates-library'), library, { recursive: true });
  await writeFile(path.join(temp, 'Beredskabsplan.docx'), PLAN);
});
afterEach(() => rm(temp, { recursive: true, force: true }));

/** Run the command for the valid issue (with `changes`) opened by `author`, the plan given as the attachment. */
async function request(author: string, changes: Parameters<typeof issueBody>[0] = {}) {
  const body = path.join(temp, 'issue-body.md');
  await writeFile(body, issueBody(changes));
  const args = ['template-request', '--issue-body', body, '--author', author, '--dir', library, '--registry', REGISTRY];
  const out = path.join(temp, 'written');
  const attachment = path.join(temp, 'Beredskabsplan.docx');
  return runContent([...args, '--out', out, '--today', '2026-11-30', '--attachment', attachment]);
}

const libraryFiles = async () => (await readdir(library, { recursive: true })).sort();

describe('npm run content -- template-request', () => {
  it('imports a member’s file with their municipality as owner and lists the written files in --out', async () => {
    const run = await request('Carla-Proeve', {
      kategori: 'Hændelseshåndtering',
      maalgruppe: 'Også for Databeskyttelse og Sikkerhed',
    });
    const file = 'templates-library/haendelseshaandtering/beredskabsplan-for-it-nedbrud.mdx';
    expect(run).toEqual({
      code: 0,
      stdout:
        `Tak, Carla Prøve. Skabelonen fra «Beredskabsplan.docx» er lavet som \`${file}\` i kategorien ` +
        'Hændelseshåndtering med Københavns Kommune som ejer og dig som ansvarlig. Den er gemt som udkast: en ' +
        'moderator i KL læser den igennem i pull requesten, og når den er godkendt, kan både kernenetværket og ' +
        'Databeskyttelse og Sikkerhed læse den på Sikkerhedsnet. Vil du ændre noget, så ret sagen eller læg en ny ' +
        'fil op, så laver robotten skabelonen igen.\n',
      stderr: '',
    });
    const written = path.relative(ROOT, path.join(library, 'haendelseshaandtering/beredskabsplan-for-it-nedbrud.mdx'));
    expect(await readFile(path.join(temp, 'written'), 'utf8')).toBe(`${written}\n`);
    const mdx = await readFile(path.join(ROOT, written), 'utf8');
    expect(mdx).toContain('owner: "101"');
    expect(mdx).toContain('audience: alle');
    expect(mdx).toContain('Carla Prøve');
  });

  it('lets a KL admin share for KL', async () => {
    const run = await request('KL-Admin-Demo');
    expect([run.code, run.stdout]).toEqual([
      0,
      expect.stringMatching(
        /^Tak, Dorthe Demo\. .* med KL – Kommunernes Landsforening som ejer og dig som ansvarlig\./,
      ),
    ]);
  });

  it('refuses a login the registry does not know, saying how to get it in, and writes nothing', async () => {
    const before = await libraryFiles();
    expect(await request('ukendt-bruger')).toEqual({
      code: 1,
      stdout:
        '@ukendt-bruger står ikke i Sikkerhedsnets register med det GitHub-brugernavn, så skabelonen kan ikke deles ' +
        'automatisk: kun medlemmer kan dele skabeloner, og robotten finder medlemmet og kommunen ud fra ' +
        'GitHub-brugernavnet. Er du medlem, så bed din kommunes kontaktperson om at skrive dit GitHub-brugernavn i ' +
        'registret (feltet github). Når ændringen er godkendt, kan du rette sagen, så prøver robotten igen.\n',
      stderr: '',
    });
    expect(await libraryFiles()).toEqual(before);
  });

  it('refuses a form with empty fields, naming them', async () => {
    expect(await request('anne-demo', { fil: '', beskrivelse: '' })).toEqual({
      code: 1,
      stdout: 'Formularen mangler: Word-fil, Kort beskrivelse. Ret sagen, så prøver robotten igen.\n',
      stderr: '',
    });
  });

  it('is a usage error (exit 2) when --attachment names no file', async () => {
    const body = path.join(temp, 'issue-body.md');
    await writeFile(body, issueBody());
    const run = await runContent([
      'template-request',
      '--issue-body',
      body,
      '--author',
      'anne-demo',
      '--attachment',
      path.join(temp, 'nej.docx'),
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `filen ${path.join(temp, 'nej.docx')} findes ikke (angiv den hentede .docx-fil med --attachment)`,
    );
  });
});
