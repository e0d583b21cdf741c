import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkRegistry } from './check.ts';
import {
  ISSUE_FORM_FILE,
  issueFormStaleProblems,
  municipalityOptions,
  renderIssueForm,
  writeIssueForm,
} from './issue-form.ts';
import { loadOrThrow } from './testing/temp-registry.ts';
import type { Registry } from './types.ts';

const REPO = path.resolve(import.meta.dirname, '../..');
const FIXTURE = path.join(import.meta.dirname, 'edit', 'fixtures', 'registry');

/** kommuner.yaml of the fixture with the municipalities out of code order. */
const KOMMUNER = `# yaml-language-server: $schema=./schema/kommuner.schema.json
kl:
  name: KL
  full_name: KL – Kommunernes Landsforening
  domains: [kl.dk]
kommuner:
  - code: "316"
    name: Holbæk
    full_name: Holbæk Kommune
    region: Region Sjælland
    domains: [holb.dk, holbaek.dk]
  - code: "101"
    name: København
    full_name: Københavns Kommune
    region: Region Hovedstaden
    domains: [kk.dk]
  - code: "147"
    name: Frederiksberg
    full_name: Frederiksberg Kommune
    region: Region Hovedstaden
    domains: [frederiksberg.dk]
`;

/** A form whose other lines a YAML printer would change (long plain line, quotes, flow list, comments). */
const form = (options: string) => `name: Anmod om adgang
description: Kontaktpersoner bruger formularen til at give en kollega adgang til Sikkerhedsnet uden at redigere YAML.
title: 'Adgang: [navn]'
labels: [adgangsanmodning]
body:
  - type: dropdown
    id: kommunekode
    attributes:
      label: Kommune
      # Genereres fra registry/kommuner.yaml.
      options:
${options}
    validations:
      required: true
  - type: dropdown
    id: niveau
    attributes:
      label: Adgangsniveau
      options:
        - kerne (alt materiale)
        - bred (delt materiale)
`;
const PLACEHOLDER = form('        - (genereres)');
const FRESH = form('        - 101 København\n        - 147 Frederiksberg\n        - 316 Holbæk\n        - KL');

let root: string;
let dir: string;
const load = (): Promise<Registry> => loadOrThrow(dir);
const formPath = () => path.join(root, ISSUE_FORM_FILE);

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'sikkerhedsnet-issue-form-'));
  dir = path.join(root, 'registry');
  await cp(FIXTURE, dir, { recursive: true });
  await writeFile(path.join(dir, 'kommuner.yaml'), KOMMUNER);
  await mkdir(path.dirname(formPath()), { recursive: true });
  await writeFile(formPath(), PLACEHOLDER);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('issue form: municipality dropdown', () => {
  it('lists the municipalities by code as "<code> <name>", then KL', async () => {
    expect(municipalityOptions(await load())).toEqual(['101 København', '147 Frederiksberg', '316 Holbæk', 'KL']);
  });

  it('rewrites only the dropdown options, every other byte stays', async () => {
    expect(renderIssueForm(PLACEHOLDER, municipalityOptions(await load()))).toEqual({ ok: true, text: FRESH });
  });

  it('quotes an option that GitHub (YAML 1.1) would read as a boolean', () => {
    expect(renderIssueForm(PLACEHOLDER, ['101 København', 'Yes'])).toEqual({
      ok: true,
      text: form('        - 101 København\n        - "Yes"'),
    });
  });

  it('refuses options GitHub rejects: twice, or the reserved "None"', () => {
    const refused = {
      ok: false,
      line: 12,
      message:
        'rullelisten ville få valget «None», som GitHub afviser (tomt, "None" eller to gange); ret kommuner.yaml',
    };
    expect(renderIssueForm(PLACEHOLDER, ['101 København', 'None'])).toEqual(refused);
    expect(renderIssueForm(PLACEHOLDER, ['None', 'None'])).toEqual(refused);
  });

  it('refuses a municipality field that is not a dropdown', () => {
    const input = PLACEHOLDER.replace(
      '  - type: dropdown\n    id: kommunekode',
      '  - type: input\n    id: kommunekode',
    );
    expect(renderIssueForm(input, ['KL'])).toEqual({
      ok: false,
      line: 6,
      message: 'feltet kommunekode skal være en rulleliste (type: dropdown) med en liste under attributes.options',
    });
  });

  it('writes the form atomically, and then finds it fresh', async () => {
    const registry = await load();
    expect(await writeIssueForm(registry, root)).toEqual({ changed: true, problems: [] });
    expect(await readFile(formPath(), 'utf8')).toBe(FRESH);
    expect(await writeIssueForm(registry, root)).toEqual({ changed: false, problems: [] });
    expect(issueFormStaleProblems(registry, root)).toEqual([]);
  });

  it('reports the first stale line after a municipality is added to kommuner.yaml', async () => {
    await writeFile(formPath(), FRESH);
    const gentofte = `  - code: "157"\n    name: Gentofte\n    full_name: Gentofte Kommune\n    region: Region Hovedstaden\n    domains: [gentofte.dk]\n`;
    await writeFile(path.join(dir, 'kommuner.yaml'), KOMMUNER + gentofte);
    expect(issueFormStaleProblems(await load(), root)).toEqual([
      {
        file: '.github/ISSUE_TEMPLATE/anmod-om-adgang.yml',
        line: 14,
        column: 1,
        rule: 'issue-form-stale',
        severity: 'error',
        message:
          'Rullelisten «Kommune» i .github/ISSUE_TEMPLATE/anmod-om-adgang.yml passer ikke til registry/kommuner.yaml: linje 14 skulle være «- 157 Gentofte». Kør `npm run registry -- issue-form`, og commit filen.',
      },
    ]);
  });

  it('reports a missing form to `issue-form --check`', async () => {
    await rm(formPath());
    expect(issueFormStaleProblems(await load(), root)).toEqual([
      {
        file: '.github/ISSUE_TEMPLATE/anmod-om-adgang.yml',
        line: 1,
        column: 1,
        rule: 'issue-form-stale',
        severity: 'error',
        message:
          '.github/ISSUE_TEMPLATE/anmod-om-adgang.yml mangler. Gendan formularen fra git, og kør `npm run registry -- issue-form`.',
      },
    ]);
  });

  it('is part of `check` as a freshness check, when the repository has the form', async () => {
    const options = { today: '2026-11-28', skip: new Set(['schema-stale', 'codeowners-stale']) };
    expect((await checkRegistry(dir, options)).problems.map((p) => `${p.file}:${p.line} ${p.rule}`)).toEqual([
      '.github/ISSUE_TEMPLATE/anmod-om-adgang.yml:12 issue-form-stale',
    ]);
    await writeIssueForm(await load(), root);
    expect((await checkRegistry(dir, options)).problems).toEqual([]);
    await rm(formPath());
    expect((await checkRegistry(dir, options)).problems).toEqual([]);
  });

  it('the committed form is fresh', async () => {
    expect(issueFormStaleProblems(await loadOrThrow(path.join(REPO, 'registry')), REPO)).toEqual([]);
  });
});

describe('registry issue-form (process)', () => {
  const registry = (...args: string[]) => {
    const run = spawnSync(process.execPath, ['scripts/cli/registry.ts', ...args], { cwd: REPO, encoding: 'utf8' });
    return { code: run.status, stdout: run.stdout, stderr: run.stderr };
  };

  it('--check exits 1 with the located problem and writes nothing; without it, writes; then --check exits 0', async () => {
    expect(registry('issue-form', '--check', '--dir', dir)).toEqual({
      code: 1,
      stdout:
        '.github/ISSUE_TEMPLATE/anmod-om-adgang.yml:12:1  issue-form-stale  Rullelisten «Kommune» i .github/ISSUE_TEMPLATE/anmod-om-adgang.yml passer ikke til registry/kommuner.yaml: linje 12 skulle være «- 101 København». Kør `npm run registry -- issue-form`, og commit filen.\n',
      stderr: '',
    });
    expect(await readFile(formPath(), 'utf8')).toBe(PLACEHOLDER);
    expect(registry('issue-form', '--dir', dir)).toEqual({
      code: 0,
      stdout: 'Skrev .github/ISSUE_TEMPLATE/anmod-om-adgang.yml.\n',
      stderr: '',
    });
    expect(await readFile(formPath(), 'utf8')).toBe(FRESH);
    expect(registry('issue-form', '--check', '--dir', dir)).toEqual({
      code: 0,
      stdout: '.github/ISSUE_TEMPLATE/anmod-om-adgang.yml er opdateret.\n',
      stderr: '',
    });
  });

  it('exits 2 on usage errors', () => {
    const run = registry('issue-form', '--dir', path.join(root, 'findes-ikke'));
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `mappen ${path.join(root, 'findes-ikke')} findes ikke (angiv registermappen med --dir)\nBrug: npm run registry -- issue-form [--check] [--dir MAPPE]\n`,
    );
  });
});
