/** Reading and writing discussions/<tier>.json on disk: results for a missing file, located Danish problems. */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DiscussionExport } from '#model/discussions.ts';
import { readDiscussionExport, serializeDiscussionExport, writeDiscussionExport } from './export-file.ts';
import { firstJsonError } from './export-file-problems.ts';

const temps: string[] = [];
afterAll(() => Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true }))));

/** A temp folder named `discussions` holding `files`. */
async function folder(files: Record<string, string | Uint8Array> = {}): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'sikkerhedsnet-discussions-'));
  temps.push(root);
  const dir = path.join(root, 'discussions');
  await mkdir(dir);
  for (const [name, content] of Object.entries(files)) await writeFile(path.join(dir, name), content);
  return dir;
}

const sample: DiscussionExport = {
  version: 1,
  tier: 'bred',
  repository: 'kl-sikkerhedsnet/sikkerhedsnet-bred',
  exportedAt: '2026-11-30T06:00:00Z',
  discussions: [
    {
      number: 9,
      title: 'Hvordan sletter I data i gamle fagsystemer?',
      url: 'https://github.com/kl-sikkerhedsnet/sikkerhedsnet-bred/discussions/9',
      category: 'questions',
      createdAt: '2026-11-05T10:00:00Z',
      author: { login: 'mette-proeve', id: 1000752 },
      body: 'Tekst',
      answerChosenAt: null,
      closed: false,
      comments: [],
    },
    {
      number: 2,
      title: 'Hvem bruger I til sårbarhedsscanning?',
      url: 'https://github.com/kl-sikkerhedsnet/sikkerhedsnet-bred/discussions/2',
      category: 'questions',
      createdAt: '2026-08-25T08:15:00Z',
      author: null,
      body: 'Tekst',
      answerChosenAt: null,
      closed: false,
      comments: [],
    },
  ],
};

const problem = (line: number, column: number, message: string) => ({
  file: 'discussions/bred.json',
  line,
  column,
  rule: 'discussions-export',
  severity: 'error',
  message,
});
const FIX =
  'filen skrives af npm run discussions -- export: kør eksporten igen, eller gendan filen fra git (git checkout -- discussions/bred.json)';

describe('readDiscussionExport', () => {
  it('reads a valid export and says when the file is missing', async () => {
    const dir = await folder({ 'bred.json': serializeDiscussionExport(sample) });
    const read = await readDiscussionExport(dir, 'bred');
    expect(read.status === 'ok' && read.export.discussions.map((d) => d.number)).toEqual([2, 9]);
    expect(await readDiscussionExport(dir, 'kerne')).toEqual({ status: 'missing', file: 'discussions/kerne.json' });
  });

  it('locates a JSON syntax error that JSON.parse gives no position for', async () => {
    const text = serializeDiscussionExport(sample).replace(
      '"closed": false,\n      "comments": []',
      '"closed": false,\n      "comments": [],',
    );
    const dir = await folder({ 'bred.json': text });
    expect(await readDiscussionExport(dir, 'bred')).toEqual({
      status: 'invalid',
      file: 'discussions/bred.json',
      problems: [problem(18, 5, `filen er ikke gyldig JSON her (her skulle stå et feltnavn i anførselstegn); ${FIX}`)],
    });
  });

  it('puts each schema problem at its value, in Danish', async () => {
    const text = serializeDiscussionExport(sample)
      .replace('"category": "questions"', '"category": "spørgsmål"')
      .replace('"login": "mette-proeve",', '"login": "mette-proeve",\n        "name": "Mette",')
      .replace('"closed": false,\n      "comments": []\n    },\n    {', '"comments": []\n    },\n    {');
    const dir = await folder({ 'bred.json': text });
    expect(await readDiscussionExport(dir, 'bred')).toEqual({
      status: 'invalid',
      file: 'discussions/bred.json',
      problems: [
        problem(7, 5, `discussions[0].closed mangler; ${FIX}`),
        problem(11, 19, `discussions[0].category skal være "questions" eller "experiences" eller "polls"; ${FIX}`),
        problem(26, 17, `discussions[1].author.name er et ukendt felt; ${FIX}`),
      ],
    });
  });

  it('refuses an export of the other tier, which would be shown to the wrong readers', async () => {
    const dir = await folder({ 'kerne.json': serializeDiscussionExport(sample) });
    expect(await readDiscussionExport(dir, 'kerne')).toEqual({
      status: 'invalid',
      file: 'discussions/kerne.json',
      problems: [
        {
          ...problem(
            3,
            11,
            'filen er eksporten for bred, men hedder kerne.json, så den ville blive vist for det forkerte niveau; filen skrives af npm run discussions -- export: kør eksporten igen, eller gendan filen fra git (git checkout -- discussions/kerne.json)',
          ),
          file: 'discussions/kerne.json',
        },
      ],
    });
  });

  it('refuses a file that is not UTF-8 or is empty', async () => {
    const dir = await folder({ 'bred.json': new Uint8Array([0x7b, 0xff, 0x7d]) });
    expect(await readDiscussionExport(dir, 'bred')).toMatchObject({
      problems: [problem(1, 1, `filen er ikke gemt som UTF-8; ${FIX}`)],
    });
    await writeFile(path.join(dir, 'bred.json'), '');
    expect(await readDiscussionExport(dir, 'bred')).toMatchObject({
      problems: [problem(1, 1, `filen er ikke gyldig JSON her (filen slutter, før JSON-værdien er færdig); ${FIX}`)],
    });
  });
});

describe('firstJsonError', () => {
  it.each([
    ['{"a": 1}', undefined],
    ['[1, 2,]', { offset: 6, what: 'et tegn, der ikke kan stå her (et komma for meget?)' }],
    ['{"a" 1}', { offset: 5, what: 'her skulle stå et kolon efter feltnavnet' }],
    ['{"a": "x\ny"}', { offset: 8, what: 'et kontroltegn (fx et linjeskift) inde i en tekst' }],
    ['{"a": "\\q"}', { offset: 7, what: 'ugyldig escape-sekvens i en tekst' }],
    ['{"a": 1} x', { offset: 9, what: 'der står mere efter JSON-værdien' }],
    ['{"a": [1 2]}', { offset: 9, what: 'her skulle stå et komma eller ]' }],
  ])('%j', (text, expected) => {
    expect(firstJsonError(text)).toEqual(expected);
  });
});

describe('writeDiscussionExport', () => {
  it('writes sorted two-space JSON atomically, and leaves a file with the same discussions alone', async () => {
    const dir = await folder();
    expect(await writeDiscussionExport(dir, sample)).toEqual({ path: path.join(dir, 'bred.json'), changed: true });
    const text = await readFile(path.join(dir, 'bred.json'), 'utf8');
    expect(text).toBe(serializeDiscussionExport(sample));
    expect(text.indexOf('"number": 2')).toBeLessThan(text.indexOf('"number": 9'));
    expect(text.endsWith('}\n')).toBe(true);
    expect(await readdir(dir)).toEqual(['bred.json']);
    const later = { ...sample, exportedAt: '2026-12-01T06:00:00Z' };
    expect(await writeDiscussionExport(dir, later)).toEqual({ path: path.join(dir, 'bred.json'), changed: false });
    expect(await readFile(path.join(dir, 'bred.json'), 'utf8')).toBe(text);
    const edited = {
      ...later,
      discussions: [{ ...(sample.discussions[0] as DiscussionExport['discussions'][0]), closed: true }],
    };
    expect((await writeDiscussionExport(dir, edited)).changed).toBe(true);
    expect(await readFile(path.join(dir, 'bred.json'), 'utf8')).toBe(serializeDiscussionExport(edited));
    expect(await readdir(dir)).toEqual(['bred.json']);
  });
});
