import { execFile, spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Files of a registry directory: POSIX path relative to the registry directory → UTF-8 text. */
export type FileMap = Map<string, string>;

/** Where a registry directory sits in its git repository. */
export interface RepoLocation {
  /** Absolute path of the repository's top level. */
  repoRoot: string;
  /** The registry directory relative to the repository root, POSIX, no trailing slash (e.g. `registry`). */
  prefix: string;
}

/** Find the repository that holds `dir` and the directory's path inside it. */
export async function locateInRepo(dir: string): Promise<RepoLocation> {
  const { stdout: top } = await run('git', ['-C', dir, 'rev-parse', '--show-toplevel']);
  const { stdout: prefix } = await run('git', ['-C', dir, 'rev-parse', '--show-prefix']);
  return { repoRoot: top.trim(), prefix: prefix.trim().replace(/\/$/, '') };
}

/** Resolve REF to a commit id; throws a Danish error when git does not know it. */
export async function resolveCommit(repoRoot: string, ref: string): Promise<string> {
  try {
    const { stdout } = await run('git', ['-C', repoRoot, 'rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    return stdout.trim();
  } catch {
    throw new Error(`Git kender ikke referencen «${ref}». Hent den først (fx \`git fetch origin main\`).`);
  }
}

/**
 * Read every file under `prefix` at `commit` with one `git cat-file --batch` process
 * (one process per file would cost ~100 process starts on the full registry).
 */
export async function readTreeAtCommit(repoRoot: string, commit: string, prefix: string): Promise<FileMap> {
  const { stdout } = await run('git', ['-C', repoRoot, 'ls-tree', '-r', '-z', '--name-only', commit, '--', prefix], {
    maxBuffer: 64 * 1024 * 1024,
  });
  const paths = stdout.split('\0').filter((p) => p !== '');
  const files: FileMap = new Map();
  if (paths.length === 0) return files;
  const output = await catFileBatch(
    repoRoot,
    paths.map((p) => `${commit}:${p}`),
  );
  let offset = 0;
  for (const p of paths) {
    const headerEnd = output.indexOf(10, offset);
    const header = output.subarray(offset, headerEnd).toString('utf8');
    const size = Number(header.split(' ')[2]);
    const content = output.subarray(headerEnd + 1, headerEnd + 1 + size);
    offset = headerEnd + 1 + size + 1;
    files.set(p.slice(prefix.length + 1), content.toString('utf8'));
  }
  return files;
}

function catFileBatch(repoRoot: string, specs: string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['-C', repoRoot, 'cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(Buffer.concat(chunks)) : reject(new Error('git cat-file fejlede')),
    );
    child.stdin.end(`${specs.join('\n')}\n`);
  });
}

/**
 * Write a file map into `<root>/<prefix>` under a new temp root, so loader paths match the repository's.
 * The caller removes `root` when done.
 */
export async function materialize(files: FileMap, prefix: string): Promise<{ root: string; dir: string }> {
  const root = await mkdtemp(path.join(tmpdir(), 'sikkerhedsnet-base-'));
  const dir = path.join(root, prefix || 'registry');
  await mkdir(dir, { recursive: true });
  for (const [rel, text] of files) {
    const target = path.join(dir, rel);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, text);
  }
  return { root, dir };
}

/** Read every file under a working-tree directory into a file map. */
export async function readWorkingTree(dir: string): Promise<FileMap> {
  const files: FileMap = new Map();
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const abs = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, abs).split(path.sep).join('/'), await readFile(abs, 'utf8'));
  }
  return files;
}
