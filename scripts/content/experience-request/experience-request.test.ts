/**
 * `npm run content -- experience-request` end to end, as a process on the fixture registry and a copy of the fixture
 * library: the answer on stdout, the exit code, and the file written, or nothing written.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExperienceFormField } from '#model/library/experience-form.ts';
import { issueBody } from './testing/issue-body.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const REGISTRY = path.join(FIXTURES, 'registry');
const EXISTING = 'koebenhavn-backupfabrikken-enterprise.mdx';
const AGAIN = 'Ret sagen, så prøver robotten igen.';

/** `node scripts/cli/content.ts …args` in the repository root: exit code, stdout and stderr. */
async function runContent(args: readonly string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['scripts/cli/content.ts', ...args], {
      cwd: ROOT,
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
  temp = await mkdtemp(path.join(tmpdir(), 'sikkerhedsnet-experience-request-'));
  library = path.join(temp, 'templates-library');
  await cp(path.join(FIXTURES, 'templates-library'), library, { recursive: true });
});
afterEach(() => rm(temp, { recursive: true, force: true }));

/** Run the command for an issue with `changes` to the valid answers, opened by `author`. */
async function request(author: string, changes: Partial<Record<ExperienceFormField, string>> = {}) {
  const body = path.join(temp, 'issue-body.md');
  await writeFile(body, issueBody(changes));
  const out = path.join(temp, 'experience-file');
  const args = ['experience-request', '--issue-body', body, '--author', author, '--dir', library];
  return runContent([...args, '--registry', REGISTRY, '--out', out, '--today', '2026-11-30']);
}

const files = async () => (await readdir(path.join(library, 'erfaringer'))).sort();

const LOGVOGTER = {
  produkt: 'Logvogter SIEM',
  leverandoer: 'Logvogter ApS',
  omraade: 'Logning og SIEM',
  'i-brug-siden': '2023-9',
  vurdering: 'Anbefales',
  maalgruppe: 'Også for Databeskyttelse og Sikkerhed',
  resume: 'Fiktivt eksempel: central logning fra 300 servere.',
  virket: 'Færdige regler for {AD} og <VPN> virkede fra dag ét.\n\n- Alarmer på mobil',
  'ikke-virket': 'Prisen pr. GB steg det andet år.',
  raad: 'Aftal opbevaringstid før opstart.',
};

describe('npm run content -- experience-request', () => {
  it('writes the experience of a member about their own municipality, exactly, and answers with the file', async () => {
    const run = await request('Carla-Proeve', LOGVOGTER);
    const file = 'templates-library/erfaringer/koebenhavn-logvogter-siem.mdx';
    expect(run).toEqual({
      code: 0,
      stdout:
        `Tak, Carla Prøve. Erfaringen «Logvogter SIEM i Københavns Kommune» er lavet som \`${file}\` med dig ` +
        '(carla.proeve@kk.dk) som kontaktperson. Når en moderator i KL har godkendt pull requesten, kan både ' +
        'kernenetværket og Databeskyttelse og Sikkerhed læse den på Sikkerhedsnet. Vil du ændre noget, så ret sagen, ' +
        'så laver robotten filen igen.\n',
      stderr: '',
    });
    expect(await readFile(path.join(temp, file), 'utf8')).toBe(
      [
        '---',
        'title: Logvogter SIEM i Københavns Kommune',
        'summary: "Fiktivt eksempel: central logning fra 300 servere."',
        'product: Logvogter SIEM',
        'vendor: Logvogter ApS',
        'area: logning',
        'owner: "101"',
        'contact: carla.proeve@kk.dk',
        'in_use_since: "2023-09"',
        'verdict: anbefales',
        'reviewed: "2026-11-30"',
        'audience: alle',
        '---',
        '',
        '## Det har virket',
        '',
        'Færdige regler for \\{AD\\} og \\<VPN> virkede fra dag ét.',
        '',
        '- Alarmer på mobil',
        '',
        '## Det har ikke virket',
        '',
        'Prisen pr. GB steg det andet år.',
        '',
        '## Gode råd',
        '',
        'Aftal opbevaringstid før opstart.',
        '',
      ].join('\n'),
    );
    expect(await readFile(path.join(temp, 'experience-file'), 'utf8')).toBe(
      `${path.relative(ROOT, path.join(temp, file))}\n`,
    );
    // The library with the new file passes the whole content check.
    const check = await runContent(['check', '--dir', library, '--registry', REGISTRY, '--today', '2026-11-30']);
    expect([check.code, check.stdout]).toEqual([0, 'content check: 0 fejl, 0 advarsler\n']);
  });

  it('never overwrites: a name that is taken gets a suffix, and the existing file stays as it was', async () => {
    const before = await readFile(path.join(library, 'erfaringer', EXISTING), 'utf8');
    const run = await request('anne-demo');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('`templates-library/erfaringer/koebenhavn-backupfabrikken-enterprise-2.mdx`');
    expect(await files()).toEqual(['koebenhavn-backupfabrikken-enterprise-2.mdx', EXISTING]);
    expect(await readFile(path.join(library, 'erfaringer', EXISTING), 'utf8')).toBe(before);
    expect((await request('anne-demo')).stdout).toContain('koebenhavn-backupfabrikken-enterprise-3.mdx');
  });

  it('refuses someone who is not in the registry, and writes nothing', async () => {
    expect(await request('ukendt-person', LOGVOGTER)).toEqual({
      code: 1,
      stdout:
        '@ukendt-person står ikke i Sikkerhedsnets register med det GitHub-brugernavn, så erfaringen kan ikke deles automatisk: ' +
        'kun medlemmer kan dele deres egen kommunes erfaringer, og robotten finder medlemmet ud fra GitHub-brugernavnet. ' +
        'Er du medlem i København, så bed kommunens kontaktperson (@anne-demo) om at skrive dit GitHub-brugernavn i registret ' +
        '(feltet github). Når ændringen er godkendt, kan du rette sagen, så prøver robotten igen.\n',
      stderr: '',
    });
    expect(await files()).toEqual([EXISTING]);
  });

  it('refuses a member writing about another municipality, and writes nothing', async () => {
    expect(await request('frida-fiktiv', LOGVOGTER)).toEqual({
      code: 1,
      stdout:
        '@frida-fiktiv er medlem for 316 Holbæk, men sagen handler om 101 København. Du kan kun dele din egen kommunes erfaringer. ' +
        'Er erfaringen fra 316 Holbæk, så ret linjen under «Kommune» i sagen til «316 Holbæk», så prøver robotten igen. ' +
        'Er den fra København, så bed et medlem derfra om at dele den (kontaktperson: @anne-demo).\n',
      stderr: '',
    });
    expect(await files()).toEqual([EXISTING]);
  });

  it('refuses a CPR number in the text with the content check’s message and the field, and writes nothing', async () => {
    const run = await request('anne-demo', { ...LOGVOGTER, 'ikke-virket': 'Testbrugeren havde CPR-nr. 070761-4285.' });
    expect(run).toEqual({
      code: 1,
      stdout:
        'Erfaringen er ikke gemt, fordi teksten indeholder noget, der ikke må deles i Sikkerhedsnet:\n\n' +
        '- Det har ikke virket: Muligt CPR-nummer 070761-xxxx (sikkerhed: høj; gyldigt kontrolciffer (modulus 11), ' +
        'skrevet som DDMMÅÅ-LLLL, "cpr" står i nærheden). Fjern nummeret eller erstat det med en pladsholder som ' +
        '[CPR-nummer]. Er det et syntetisk eksempel, så marker det på samme linje med {/* syntetisk-cpr */} (MDX) eller ' +
        '"(syntetisk eksempel)".\n\n' +
        `${AGAIN} Sagens tekst kan læses af alle med adgang til repositoryet, også tidligere versioner: ` +
        'bed en moderator i KL om at slette den gamle version fra sagens historik.\n',
      stderr: '',
    });
    expect(await files()).toEqual([EXISTING]);
  });

  it('refuses an unknown area with the form’s choices, and writes nothing', async () => {
    const run = await request('anne-demo', { ...LOGVOGTER, omraade: 'Kaffemaskiner' });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      'Erfaringen kunne ikke laves, fordi formularen har fejl:\n\n' +
        '- «Område» skal være et af formularens valg («Backup og gendannelse», «MFA og adgangsstyring», «Logning og SIEM», ' +
        '«Awareness-platform», «Sårbarhedsscanning», «E-mailsikkerhed», «Endpoint-beskyttelse (EDR)», «Netværk og firewall», ' +
        `«Leverandørstyring og tilsyn», «Andet»), ikke «Kaffemaskiner».\n\n${AGAIN}\n`,
    );
    expect(await files()).toEqual([EXISTING]);
  });

  it('lists missing fields before judging anyone', async () => {
    expect(await request('ukendt-person', { kommune: '', virket: '' })).toEqual({
      code: 1,
      stdout: `Formularen mangler: Kommune, Det har virket. ${AGAIN}\n`,
      stderr: '',
    });
  });

  it('exits 2 with the usage when a flag is missing or the issue file does not exist', async () => {
    const usage =
      'Brug: npm run content -- experience-request --issue-body FIL --author LOGIN [--dir MAPPE] [--registry MAPPE] ' +
      '[--out FIL] [--today ÅÅÅÅ-MM-DD]\n';
    expect(await runContent(['experience-request', '--author', 'anne-demo'])).toEqual({
      code: 2,
      stdout: '',
      stderr: `--issue-body og --author skal angives\n${usage}`,
    });
    const missing = path.join(temp, 'findes-ikke.md');
    expect(await runContent(['experience-request', '--issue-body', missing, '--author', 'x'])).toEqual({
      code: 2,
      stdout: '',
      stderr: `filen ${missing} findes ikke (angiv sagens tekst med --issue-body)\n${usage}`,
    });
  });
});
