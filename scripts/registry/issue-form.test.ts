import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AREA_OPTIONS, EXPERIENCE_FORM_FILE } from '#model/library/experience-form.ts';
import { checkRegistry } from './check.ts';
import {
  ACCESS_REQUEST_FORM_FILE,
  ISSUE_FORM_DIR,
  issueFormStaleProblems,
  municipalityOnlyOptions,
  municipalityOptions,
  renderDropdown,
  writeIssueForms,
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

/** The experience form's four generated dropdowns (items as given), between hand-written fields. */
const experienceForm = (kommuner: string, areas: string, verdicts: string, audiences: string) => `name: Del en erfaring
labels: [erfaring]
body:
  - type: dropdown
    id: kommune
    attributes:
      label: Kommune
      options:
${kommuner}
  - type: input
    id: produkt
    attributes:
      label: Produkt eller løsning
  - type: dropdown
    id: omraade
    attributes:
      label: Område
      options:
${areas}
  - type: dropdown
    id: vurdering
    attributes:
      label: Vurdering
      options:
${verdicts}
  - type: dropdown
    id: maalgruppe
    attributes:
      label: Hvem må læse erfaringen?
      options:
${audiences}
      default: 0
`;
const items = (...options: string[]) => options.map((o) => `        - ${o}`).join('\n');
const EXPERIENCE_PLACEHOLDER = experienceForm(
  items('(genereres)'),
  items('(genereres)'),
  items('(genereres)'),
  items('x'),
);
const AREAS = [
  'Backup og gendannelse',
  'MFA og adgangsstyring',
  'Logning og SIEM',
  'Awareness-platform',
  'Sårbarhedsscanning',
  'E-mailsikkerhed',
  'Endpoint-beskyttelse (EDR)',
  'Netværk og firewall',
  'Leverandørstyring og tilsyn',
  'Andet',
];
const EXPERIENCE_FRESH = experienceForm(
  items('101 København', '147 Frederiksberg', '316 Holbæk'),
  items(...AREAS),
  items('Anbefales', 'Anbefales med forbehold', 'Anbefales ikke'),
  items('Kun kernenetværket', 'Også for Databeskyttelse og Sikkerhed'),
);

let root: string;
let dir: string;
const load = (): Promise<Registry> => loadOrThrow(dir);
const formPath = () => path.join(root, ACCESS_REQUEST_FORM_FILE);
const experiencePath = () => path.join(root, EXPERIENCE_FORM_FILE);

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'sikkerhedsnet-issue-form-'));
  dir = path.join(root, 'registry');
  await cp(FIXTURE, dir, { recursive: true });
  await writeFile(path.join(dir, 'kommuner.yaml'), KOMMUNER);
  await mkdir(path.dirname(formPath()), { recursive: true });
  await writeFile(formPath(), PLACEHOLDER);
  await writeFile(experiencePath(), EXPERIENCE_PLACEHOLDER);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('issue form: municipality dropdown', () => {
  it('lists the municipalities by code as "<code> <name>", then KL', async () => {
    expect(municipalityOptions(await load())).toEqual(['101 København', '147 Frederiksberg', '316 Holbæk', 'KL']);
  });

  it('the experience form lists the municipalities without KL: an experience is always a municipality’s', async () => {
    expect(municipalityOnlyOptions(await load())).toEqual(['101 København', '147 Frederiksberg', '316 Holbæk']);
  });

  it('rewrites only the dropdown options, every other byte stays', async () => {
    const rendered = renderDropdown(PLACEHOLDER, 'kommunekode', municipalityOptions(await load()), 'kommuner.yaml');
    expect(rendered).toEqual({ ok: true, text: FRESH });
  });

  it('quotes an option that GitHub (YAML 1.1) would read as a boolean', () => {
    expect(renderDropdown(PLACEHOLDER, 'kommunekode', ['101 København', 'Yes'], 'kommuner.yaml')).toEqual({
      ok: true,
      text: form('        - 101 København\n        - "Yes"'),
    });
  });

  it('refuses options GitHub rejects: twice, or the reserved "None"', () => {
    const refused = {
      ok: false,
      line: 12,
      message:
        'rullelisten ville få valget «None», som GitHub afviser (tomt, "None" eller to gange); ret registry/kommuner.yaml',
    };
    const render = (options: string[]) => renderDropdown(PLACEHOLDER, 'kommunekode', options, 'registry/kommuner.yaml');
    expect(render(['101 København', 'None'])).toEqual(refused);
    expect(render(['None', 'None'])).toEqual(refused);
  });

  it('refuses a municipality field that is not a dropdown', () => {
    const input = PLACEHOLDER.replace(
      '  - type: dropdown\n    id: kommunekode',
      '  - type: input\n    id: kommunekode',
    );
    expect(renderDropdown(input, 'kommunekode', ['KL'], 'kommuner.yaml')).toEqual({
      ok: false,
      line: 6,
      message: 'feltet kommunekode skal være en rulleliste (type: dropdown) med en liste under attributes.options',
    });
  });

  it('writes both forms atomically, and then finds them fresh', async () => {
    const registry = await load();
    expect(await writeIssueForms(registry, root)).toEqual({ changed: true, problems: [] });
    expect(await readFile(formPath(), 'utf8')).toBe(FRESH);
    expect(await readFile(experiencePath(), 'utf8')).toBe(EXPERIENCE_FRESH);
    expect(await writeIssueForms(registry, root)).toEqual({ changed: false, problems: [] });
    expect(issueFormStaleProblems(registry, root)).toEqual([]);
  });

  it('writes nothing when one form cannot take its options', async () => {
    await writeFile(experiencePath(), EXPERIENCE_PLACEHOLDER.replace('id: omraade', 'id: område'));
    expect(await writeIssueForms(await load(), root)).toEqual({
      changed: false,
      problems: [
        {
          file: '.github/ISSUE_TEMPLATE/del-en-erfaring.yml',
          line: 1,
          column: 1,
          rule: 'issue-form-stale',
          severity: 'error',
          message: '.github/ISSUE_TEMPLATE/del-en-erfaring.yml: har intet felt med id: omraade.',
        },
      ],
    });
    expect(await readFile(formPath(), 'utf8')).toBe(PLACEHOLDER);
  });

  it('names the model as the source of a stale area, verdict or audience list', async () => {
    const registry = await load();
    await writeIssueForms(registry, root);
    // An area added to the model but not to the form: the form lacks the model's last option.
    await writeFile(experiencePath(), EXPERIENCE_FRESH.replace('        - Andet\n', ''));
    expect(AREA_OPTIONS.at(-1)?.[1]).toBe('Andet');
    expect(issueFormStaleProblems(registry, root)).toEqual([
      {
        file: '.github/ISSUE_TEMPLATE/del-en-erfaring.yml',
        line: 30,
        column: 1,
        rule: 'issue-form-stale',
        severity: 'error',
        message:
          'Rullelisten «Område» i .github/ISSUE_TEMPLATE/del-en-erfaring.yml passer ikke til EXPERIENCE_AREAS i scripts/model/library/experience.ts: linje 30 skulle være «- Andet». Kør `npm run registry -- issue-form`, og commit filen.',
      },
    ]);
  });

  it('reports the first stale line of both forms after a municipality is added to kommuner.yaml', async () => {
    await writeFile(formPath(), FRESH);
    await writeFile(experiencePath(), EXPERIENCE_FRESH);
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
      {
        file: '.github/ISSUE_TEMPLATE/del-en-erfaring.yml',
        line: 11,
        column: 1,
        rule: 'issue-form-stale',
        severity: 'error',
        message:
          'Rullelisten «Kommune» i .github/ISSUE_TEMPLATE/del-en-erfaring.yml passer ikke til registry/kommuner.yaml: linje 11 skulle være «- 157 Gentofte». Kør `npm run registry -- issue-form`, og commit filen.',
      },
    ]);
  });

  it('reports a missing form to `issue-form --check`', async () => {
    await writeIssueForms(await load(), root);
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

  it('is part of `check` as a freshness check, when the repository has the forms’ folder', async () => {
    const options = { today: '2026-11-28', skip: new Set(['schema-stale', 'codeowners-stale']) };
    const places = async () => (await checkRegistry(dir, options)).problems.map((p) => `${p.file}:${p.line} ${p.rule}`);
    expect(await places()).toEqual([
      '.github/ISSUE_TEMPLATE/anmod-om-adgang.yml:12 issue-form-stale',
      '.github/ISSUE_TEMPLATE/del-en-erfaring.yml:9 issue-form-stale',
      '.github/ISSUE_TEMPLATE/del-en-erfaring.yml:19 issue-form-stale',
      '.github/ISSUE_TEMPLATE/del-en-erfaring.yml:25 issue-form-stale',
      '.github/ISSUE_TEMPLATE/del-en-erfaring.yml:31 issue-form-stale',
    ]);
    await writeIssueForms(await load(), root);
    expect(await places()).toEqual([]);
    // In the repository a missing form is stale; a registry without the forms' folder (a copy) has none to check.
    await rm(experiencePath());
    expect(await places()).toEqual(['.github/ISSUE_TEMPLATE/del-en-erfaring.yml:1 issue-form-stale']);
    await rm(path.join(root, ISSUE_FORM_DIR), { recursive: true });
    expect(await places()).toEqual([]);
  });

  it('the committed forms are fresh', async () => {
    expect(issueFormStaleProblems(await loadOrThrow(path.join(REPO, 'registry')), REPO)).toEqual([]);
  });
});

describe('registry issue-form (process)', () => {
  const registry = (...args: string[]) => {
    const run = spawnSync(process.execPath, ['scripts/cli/registry.ts', ...args], { cwd: REPO, encoding: 'utf8' });
    return { code: run.status, stdout: run.stdout, stderr: run.stderr };
  };

  it('--check exits 1 with the located problem and writes nothing; without it, writes; then --check exits 0', async () => {
    await writeFile(experiencePath(), EXPERIENCE_FRESH);
    expect(registry('issue-form', '--check', '--dir', dir)).toEqual({
      code: 1,
      stdout:
        '.github/ISSUE_TEMPLATE/anmod-om-adgang.yml:12:1  issue-form-stale  Rullelisten «Kommune» i .github/ISSUE_TEMPLATE/anmod-om-adgang.yml passer ikke til registry/kommuner.yaml: linje 12 skulle være «- 101 København». Kør `npm run registry -- issue-form`, og commit filen.\n',
      stderr: '',
    });
    expect(await readFile(formPath(), 'utf8')).toBe(PLACEHOLDER);
    expect(registry('issue-form', '--dir', dir)).toEqual({
      code: 0,
      stdout: 'Skrev issue-formularerne i .github/ISSUE_TEMPLATE/.\n',
      stderr: '',
    });
    expect(await readFile(formPath(), 'utf8')).toBe(FRESH);
    expect(await readFile(experiencePath(), 'utf8')).toBe(EXPERIENCE_FRESH);
    expect(registry('issue-form', '--check', '--dir', dir)).toEqual({
      code: 0,
      stdout: 'issue-formularerne i .github/ISSUE_TEMPLATE/ er opdateret.\n',
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
