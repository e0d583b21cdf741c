import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const FIXTURE = path.join(import.meta.dirname, 'fixtures', 'registry');

/** A fresh copy of the fixture registry at `<tmp>/registry`, so edits never touch the fixture. */
export interface RegistryCopy {
  dir: string;
  read(rel: string): Promise<string>;
  /** The fixture's original text of a file. */
  original(rel: string): Promise<string>;
  remove(): Promise<void>;
}

/** Copy the fixture registry into a new temp directory. */
export async function copyFixture(): Promise<RegistryCopy> {
  const root = await mkdtemp(path.join(tmpdir(), 'sikkerhedsnet-edit-test-'));
  const dir = path.join(root, 'registry');
  await cp(FIXTURE, dir, { recursive: true });
  return {
    dir,
    read: (rel) => readFile(path.join(dir, rel), 'utf8'),
    original: (rel) => readFile(path.join(FIXTURE, rel), 'utf8'),
    remove: () => rm(root, { recursive: true, force: true }),
  };
}
