import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '../problems/problem.ts';
import { MAX_FILE_BYTES } from './file-names.ts';
import { type LoadedFile, loadFile } from './load-file.ts';
import type { Admin, Member, Municipality, Registry, Roster } from './types.ts';

/** Options for {@link loadRegistry}. */
export interface LoadOptions {
  /** Largest accepted file in bytes (default 1 MiB). */
  maxFileBytes?: number;
}

/** Result of loading: the registry when no file had errors, and every problem found. */
export interface LoadResult {
  registry?: Registry;
  problems: Problem[];
}

const SINGLE_FILES = ['kommuner.yaml', 'admins.yaml', 'policy.yaml'];

function withPlaces<T>(loaded: LoadedFile<'kommuner' | 'roster' | 'admins'>, list: string, items: readonly T[]) {
  return items.map((item, index) => ({
    ...item,
    position: loaded.index.position([list, index]),
    fields: loaded.index.fields([list, index]),
  }));
}

async function listRosters(dir: string, rel: (p: string) => string): Promise<{ files: string[]; problems: Problem[] }> {
  const problems: Problem[] = [];
  const rosterDir = path.join(dir, 'kommuner');
  let names: string[] = [];
  try {
    names = (await readdir(rosterDir)).sort();
  } catch {
    return { files: [], problems };
  }
  const files: string[] = [];
  for (const name of names) {
    if (name.startsWith('.')) continue; // .gitkeep and editor droppings
    if (name.endsWith('.yaml')) files.push(path.join(rosterDir, name));
    else {
      const message = `"${name}" hører ikke hjemme i kommuner/; der må kun ligge filer med navnet <kode>-<navn>.yaml`;
      problems.push({
        file: rel(path.join(rosterDir, name)),
        line: 1,
        column: 1,
        rule: 'unknown-file',
        severity: 'error',
        message,
      });
    }
  }
  return { files, problems };
}

async function strayTopLevelFiles(dir: string, rel: (p: string) => string): Promise<Problem[]> {
  const names = await readdir(dir);
  return names
    .filter((n) => /\.ya?ml$/.test(n) && !SINGLE_FILES.includes(n))
    .sort()
    .map((n) => ({
      file: rel(path.join(dir, n)),
      line: 1,
      column: 1,
      rule: 'unknown-file',
      severity: 'error' as const,
      message: `"${n}" er ikke en kendt registerfil; en kommunes fil skal ligge i kommuner/ (se registry/README.md)`,
    }));
}

/**
 * Load the registry in `dir` (docs/interfaces.md §1): every file is parsed with positions and checked
 * against its strict schema. Bad content never throws; it becomes located problems. The registry is
 * returned only when no file has an error, so the rules phase always sees complete data.
 */
export async function loadRegistry(dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const abs = path.resolve(dir);
  const base = path.dirname(abs);
  const rel = (p: string) => path.relative(base, p).split(path.sep).join('/');
  const maxBytes = options.maxFileBytes ?? MAX_FILE_BYTES;
  const info = await stat(abs).catch(() => undefined);
  if (!info?.isDirectory()) {
    return {
      problems: [
        {
          file: rel(abs),
          line: 1,
          column: 1,
          rule: 'file-missing',
          severity: 'error',
          message: 'registermappen findes ikke',
        },
      ],
    };
  }
  const problems: Problem[] = [];
  const single = async <K extends 'kommuner' | 'admins' | 'policy'>(kind: K) => {
    const absPath = path.join(abs, `${kind}.yaml`);
    const exists = await stat(absPath).catch(() => undefined);
    if (!exists) {
      const message = `${kind}.yaml mangler i registermappen; gendan filen`;
      problems.push({ file: rel(absPath), line: 1, column: 1, rule: 'file-missing', severity: 'error', message });
      return undefined;
    }
    const result = await loadFile(absPath, rel(absPath), kind, maxBytes);
    problems.push(...result.problems);
    return result.loaded;
  };
  const rosterList = await listRosters(abs, rel);
  problems.push(...rosterList.problems, ...(await strayTopLevelFiles(abs, rel)));
  const [kommuner, admins, policy, ...rosterResults] = await Promise.all([
    single('kommuner'),
    single('admins'),
    single('policy'),
    ...rosterList.files.map((f) => loadFile(f, rel(f), 'roster', maxBytes)),
  ]);
  const rosters: Roster[] = [];
  for (const result of rosterResults as Awaited<ReturnType<typeof loadFile<'roster'>>>[]) {
    problems.push(...result.problems);
    const loaded = result.loaded;
    if (!loaded) continue;
    const members = withPlaces(loaded, 'members', loaded.data.members) as Member[];
    rosters.push({ ...loaded.data, members, file: loaded.file, position: loaded.index.position(['municipality']) });
  }
  const kommunerFile = kommuner as LoadedFile<'kommuner'> | undefined;
  const adminsFile = admins as LoadedFile<'admins'> | undefined;
  const policyFile = policy as LoadedFile<'policy'> | undefined;
  if (problems.some((p) => p.severity === 'error') || !kommunerFile || !adminsFile || !policyFile) return { problems };
  const registry: Registry = {
    dir: abs,
    kl: kommunerFile.data.kl,
    kommuner: withPlaces(kommunerFile, 'kommuner', kommunerFile.data.kommuner) as Municipality[],
    rosters,
    admins: withPlaces(adminsFile, 'admins', adminsFile.data.admins) as Admin[],
    policy: policyFile.data,
    files: { kommuner: kommunerFile.file, admins: adminsFile.file, policy: policyFile.file },
    places: {
      kommuner: kommunerFile.index.fields([]),
      admins: adminsFile.index.fields([]),
      policy: policyFile.index.fields([]),
    },
    policyTeams: (policyFile.data.github?.teams ?? []).map((_, i) => policyFile.index.fields(['github', 'teams', i])),
  };
  return { registry, problems };
}
