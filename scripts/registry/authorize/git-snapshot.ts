import { execFile, spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Files of a registry directory: POSIX path relative to the registry directory → bytes. */
export type FileMap = Map<string, Uint8Array>;

/** Where a registry directory sits in its git repository. */
export interface RepoLocation {
  /** Absolute path of the repository's top level. */
  repoRoot: string;
  /** The registry directory relative to the repository root, POSIX, no trailing slash (e.g. `registry`). */
  prefix: string;
}

/** The registry is not in a git repository, or git does not know the base ref. The message is Danish. */
export class GitRefError extends Error {
  override readonly name = 'GitRefError';
}

/** Find the repository that holds `dir` and the directory's path inside it; GitRefError outside a repository. */
export async function locateInRepo(dir: string): Promise<RepoLocation> {
  try {
    const { stdout: top } = await run('git', ['-C', dir, 'rev-parse', '--show-toplevel']);
    const { stdout: prefix } = await run('git', ['-C', dir, 'rev-parse', '--show-prefix']);
    return { repoRoot: top.trim(), prefix: prefix.trim().replace(/\/$/, '') };
  } catch (error) {
    const detail =
      String((error as { stderr?: string }).stderr ?? error)
        .trim()
        .split('\n')[0] ?? '';
    throw new GitRefError(`Mappen ${dir} ligger ikke i et git-arkiv (${detail}).`);
  }
}

/** Resolve REF to a commit id; GitRefError when git does not know it. */
export async function resolveCommit(repoRoot: string, ref: string): Promise<string> {
  try {
    const { stdout } = await run('git', ['-C', repoRoot, 'rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    return stdout.trim();
  } catch {
    throw new GitRefError(`Git kender ikke referencen «${ref}». Hent den først (fx \`git fetch origin main\`).`);
  }
}

/** One blob of `git ls-tree -r -z` output: object id and path. */
interface TreeBlob {
  oid: string;
  path: string;
}

function parseLsTree(stdout: string): TreeBlob[] {
  const blobs: TreeBlob[] = [];
  for (const record of stdout.split('\0')) {
    // "<mode> SP <type> SP <object> TAB <path>"; submodules (type commit) have no content to read.
    const tab = record.indexOf('\t');
    if (tab < 0) continue;
    const [, type, oid] = record.slice(0, tab).split(' ');
    if (type === 'blob' && oid) blobs.push({ oid, path: record.slice(tab + 1) });
  }
  return blobs;
}

/**
 * Read every file under `prefix` at `commit` from git's objects, into memory: one `git ls-tree` for the paths and
 * object ids, one `git cat-file --batch` process for all contents (one process per file would cost ~100 process
 * starts on the full registry). Nothing is checked out or written.
 */
export async function readTreeAtCommit(repoRoot: string, commit: string, prefix: string): Promise<FileMap> {
  const pathspec = prefix ? ['--', prefix] : [];
  const { stdout } = await run('git', ['-C', repoRoot, 'ls-tree', '-r', '-z', commit, ...pathspec], {
    maxBuffer: 64 * 1024 * 1024,
  });
  const blobs = parseLsTree(stdout);
  const files: FileMap = new Map();
  if (blobs.length === 0) return files;
  const output = await catFileBatch(
    repoRoot,
    blobs.map((b) => b.oid),
  );
  let offset = 0;
  for (const blob of blobs) {
    const headerEnd = output.indexOf(10, offset);
    // "<oid> blob <size>", or "<oid> missing" when the object is not in the repository.
    const [, type, size] = output.subarray(offset, headerEnd).toString('utf8').split(' ');
    if (type !== 'blob') throw new Error(`git cat-file fandt ikke ${blob.path} i ${commit}`);
    const start = headerEnd + 1;
    const end = start + Number(size);
    files.set(prefix ? blob.path.slice(prefix.length + 1) : blob.path, output.subarray(start, end));
    offset = end + 1;
  }
  return files;
}

function catFileBatch(repoRoot: string, objects: string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['-C', repoRoot, 'cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(Buffer.concat(chunks)) : reject(new Error('git cat-file fejlede')),
    );
    child.stdin.end(`${objects.join('\n')}\n`);
  });
}

/** Read every file under a working-tree directory into a file map. */
export async function readWorkingTree(dir: string): Promise<FileMap> {
  const files: FileMap = new Map();
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const abs = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, abs).split(path.sep).join('/'), await readFile(abs));
  }
  return files;
}
