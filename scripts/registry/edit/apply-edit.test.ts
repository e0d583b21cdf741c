import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addMember } from './add-member.ts';
import { applyRosterEdit } from './apply-edit.ts';
import { openForEdit } from './edit-context.ts';
import { copyFixture, type RegistryCopy } from './test-copy.ts';

const ROSTER = 'kommuner/101-koebenhavn.yaml';
const TODAY = '2026-11-28';

let reg: RegistryCopy;
let noTmp: string;
let savedTmp: string | undefined;
beforeEach(async () => {
  reg = await copyFixture();
  // Checking an edit needs no temp folder (the old way copied the registry into one): with TMPDIR pointing at
  // a folder that does not exist, any attempt fails with ENOENT.
  noTmp = await mkdtemp(path.join(tmpdir(), 'sikkerhedsnet-no-tmp-'));
  savedTmp = process.env.TMPDIR;
  process.env.TMPDIR = path.join(noTmp, 'findes-ikke');
});
afterEach(async () => {
  if (savedTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmp;
  await rm(noTmp, { recursive: true, force: true });
  await reg.remove();
});

/** Every file under the copy's root (the registry and anything beside it), path → bytes. */
async function tree(): Promise<Map<string, string>> {
  const root = path.dirname(reg.dir);
  const out = new Map<string, string>();
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const abs = path.join(entry.parentPath, entry.name);
    out.set(path.relative(root, abs), (await readFile(abs)).toString('base64'));
  }
  return out;
}

async function session() {
  const opened = await openForEdit(reg.dir);
  if (!opened.session) throw new Error(JSON.stringify(opened.problems));
  return opened.session;
}

describe('applyRosterEdit (checked in memory)', () => {
  it('refuses an edit that breaks the file, leaving every file as it was and writing nothing else', async () => {
    const before = await tree();
    const broken = `${await reg.read(ROSTER)}  - name: "Hans Demo\n`;
    const result = await applyRosterEdit(await session(), path.join(reg.dir, ROSTER), broken, TODAY);
    expect(result.written).toBeUndefined();
    expect(result.problems.map((p) => [p.file, p.line, p.rule])).toEqual([
      ['registry/kommuner/101-koebenhavn.yaml', 43, 'yaml-syntax'],
    ]);
    expect(await tree()).toEqual(before);
  });

  it('refuses an edit that breaks a rule, leaving every file as it was and writing nothing else', async () => {
    const before = await tree();
    const result = await addMember(reg.dir, {
      municipality: '147',
      name: 'Hans Demo',
      email: 'hans.demo@gmail.com',
      title: 'Sikkerhedskonsulent',
      tier: 'bred',
      approvedBy: 'anne.demo@kk.dk',
      today: TODAY,
    });
    expect(result.problems.map((p) => p.rule)).toEqual(['email-domain', 'approved-by']);
    expect(await tree()).toEqual(before);
  });

  it('writes exactly the one edited file, with no temp file left beside it', async () => {
    const before = await tree();
    const edited = (await reg.read(ROSTER)).replace('title: Systemejer', 'title: Systemejer, drift');
    const result = await applyRosterEdit(await session(), path.join(reg.dir, ROSTER), edited, TODAY);
    expect(result).toEqual({ written: 'registry/kommuner/101-koebenhavn.yaml', problems: [] });
    const after = await tree();
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    expect([...after].filter(([rel, bytes]) => before.get(rel) !== bytes).map(([rel]) => rel)).toEqual([
      path.join('registry', ROSTER),
    ]);
    expect(await reg.read(ROSTER)).toBe(edited);
  });
});
