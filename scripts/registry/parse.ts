import path from 'node:path';
import type { Problem } from '../problems/problem.ts';
import { type FileKind, MAX_FILE_BYTES } from './file-names.ts';
import { type LoadedFile, parseFile } from './parse-file.ts';
import { type FileEntry, listRegistry, type RegistryFiles, ROSTER_DIR, SINGLE_FILES } from './registry-files.ts';
import type { Admin, Member, Municipality, Registry, Roster } from './types.ts';

/** Options for {@link parseRegistry}. */
export interface ParseOptions {
  /** Largest accepted file in bytes (default 1 MiB). */
  maxFileBytes?: number;
  /**
   * Read the common plain shape with the fast reader (default true). False reads every file with the `yaml`
   * package; the results are the same (fast-yaml.fuzz.test.ts), so only benchmarks and tests set it.
   */
  fastReader?: boolean;
}

/** Result of loading: the registry when no file had errors, and every problem found. */
export interface LoadResult {
  registry?: Registry;
  problems: Problem[];
}

const YAML_NAME = /\.ya?ml$/;

const wholeFile = (file: string, rule: string, message: string): Problem => ({
  file,
  line: 1,
  column: 1,
  rule,
  severity: 'error',
  message,
});

function withPlaces<T>(loaded: LoadedFile<'kommuner' | 'roster' | 'admins'>, list: string, items: readonly T[]) {
  return items.map((item, index) => ({
    ...item,
    position: loaded.index.position([list, index]),
    fields: loaded.index.fields([list, index]),
  }));
}

/** Ensure only registry files are in the registry: rosters in `kommuner/`, the three single files at the top. */
function unknownFiles(top: Map<string, FileEntry>, rosterNames: string[], rel: (p: string) => string): Problem[] {
  const inRosterDir = rosterNames
    .filter((name) => !name.endsWith('.yaml'))
    .map((name) =>
      wholeFile(
        rel(`${ROSTER_DIR}/${name}`),
        'unknown-file',
        `"${name}" hører ikke hjemme i kommuner/; der må kun ligge filer med navnet <kode>-<navn>.yaml`,
      ),
    );
  const atTop = [...top.keys()]
    .filter((n) => YAML_NAME.test(n) && !(SINGLE_FILES as readonly string[]).includes(n))
    .sort()
    .map((n) =>
      wholeFile(
        rel(n),
        'unknown-file',
        `"${n}" er ikke en kendt registerfil; en kommunes fil skal ligge i kommuner/ (se registry/README.md)`,
      ),
    );
  return [...inRosterDir, ...atTop];
}

/**
 * Parse a registry's files (docs/interfaces.md §1): every file is decoded, parsed with positions and checked
 * against its strict schema. Pure: no file system, no clock. Bad content never throws; it becomes located
 * problems. The registry is returned only when no file has an error, so the rules phase always sees complete data.
 */
export function parseRegistry(input: RegistryFiles, options: ParseOptions = {}): LoadResult {
  const abs = path.resolve(input.dir);
  const base = path.dirname(abs);
  const rel = (p: string) => path.relative(base, path.join(abs, p)).split(path.sep).join('/');
  if (!input.files) return { problems: [wholeFile(rel(''), 'file-missing', 'registermappen findes ikke')] };
  const fileOptions = { maxBytes: options.maxFileBytes ?? MAX_FILE_BYTES, fastReader: options.fastReader !== false };
  const { top, rosters: rosterEntries } = listRegistry(input.files);
  // Hidden entries (.gitkeep, editor droppings) are no part of the registry.
  const rosterNames = [...rosterEntries.keys()].filter((name) => !name.startsWith('.')).sort();
  const problems = unknownFiles(top, rosterNames, rel);
  const single = <K extends FileKind>(kind: K): LoadedFile<K> | undefined => {
    const entry = top.get(`${kind}.yaml`);
    if (entry === undefined) {
      problems.push(
        wholeFile(rel(`${kind}.yaml`), 'file-missing', `${kind}.yaml mangler i registermappen; gendan filen`),
      );
      return undefined;
    }
    const result = parseFile(entry, rel(`${kind}.yaml`), kind, fileOptions);
    problems.push(...result.problems);
    return result.loaded;
  };
  const kommuner = single('kommuner');
  const admins = single('admins');
  const policy = single('policy');
  const rosters: Roster[] = [];
  for (const name of rosterNames.filter((n) => n.endsWith('.yaml'))) {
    const result = parseFile(rosterEntries.get(name) as FileEntry, rel(`${ROSTER_DIR}/${name}`), 'roster', fileOptions);
    problems.push(...result.problems);
    const loaded = result.loaded;
    if (!loaded) continue;
    const members = withPlaces(loaded, 'members', loaded.data.members).map(
      (member, i): Member => ({
        ...member,
        items: { emner: member.emner.map((_, j) => loaded.index.position(['members', i, 'emner', j])) },
      }),
    );
    rosters.push({ ...loaded.data, members, file: loaded.file, position: loaded.index.position(['municipality']) });
  }
  if (problems.some((p) => p.severity === 'error') || !kommuner || !admins || !policy) return { problems };
  const registry: Registry = {
    dir: abs,
    kl: kommuner.data.kl,
    kommuner: withPlaces(kommuner, 'kommuner', kommuner.data.kommuner) as Municipality[],
    rosters,
    admins: withPlaces(admins, 'admins', admins.data.admins) as Admin[],
    policy: policy.data,
    files: { kommuner: kommuner.file, admins: admins.file, policy: policy.file },
    places: { kommuner: kommuner.index.fields([]), admins: admins.index.fields([]), policy: policy.index.fields([]) },
    policyTeams: (policy.data.github?.teams ?? []).map((_, i) => policy.index.fields(['github', 'teams', i])),
    policyDiscussions: {
      kerne: policy.index.fields(['discussions', 'kerne']),
      bred: policy.index.fields(['discussions', 'bred']),
    },
  };
  return { registry, problems };
}
