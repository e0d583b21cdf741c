import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../problems/problem.ts';
import type { Registry } from './types.ts';
import { writeFileAtomic } from './write-atomic.ts';

/** Path of the generated file, relative to the repository root. */
export const CODEOWNERS_FILE = '.github/CODEOWNERS';

const logins = (people: readonly { github?: string | undefined }[]) =>
  people.flatMap((p) => (p.github ? [`@${p.github}`] : []));

function uniqueCaseless(items: readonly string[]): string[] {
  const seen = new Set<string>();
  return items.filter((i) => !seen.has(i.toLowerCase()) && seen.add(i.toLowerCase()) !== undefined);
}

function line(pattern: string, owners: readonly string[]): string {
  return owners.length > 0 ? `${pattern} ${owners.join(' ')}` : pattern;
}

/**
 * Render `.github/CODEOWNERS`: each roster owned by its contact persons and the admins, the shared registry
 * files, the schema and `.github/` by the admins only. GitHub lets the last matching line win, so the catch-all
 * for new roster files comes before the per-roster lines.
 */
export function renderCodeowners(registry: Registry, repoRoot: string): string {
  const reg = path.relative(repoRoot, path.resolve(registry.dir)).split(path.sep).join('/');
  const base = reg === '' ? '' : `/${reg}`;
  const admins = uniqueCaseless(logins(registry.admins));
  const rosters = [...registry.rosters].sort((a, b) => a.file.localeCompare(b.file, 'en'));
  const lines = [
    '# Genereret af `npm run registry -- codeowners` ud fra registret. Ret ikke i filen i hånden:',
    '# ret registret, og kør kommandoen igen. CI fejler, når filen er forældet.',
    '',
    '# Nye kommunefiler: administratorerne.',
    line(`${base}/kommuner/`, admins),
    '',
    '# Hver kommunes fil: kommunens kontaktpersoner og administratorerne.',
    ...rosters.map((r) => {
      const contacts = logins(r.members.filter((m) => m.contact === true));
      return line(`${base}/kommuner/${path.posix.basename(r.file)}`, uniqueCaseless([...contacts, ...admins]));
    }),
    '',
    '# Fælles filer, skema og arbejdsgange: kun administratorerne.',
    ...['kommuner.yaml', 'admins.yaml', 'policy.yaml', 'schema/'].map((f) => line(`${base}/${f}`, admins)),
    line('/.github/', admins),
  ];
  return `${lines.join('\n')}\n`;
}

/** Ensure `.github/CODEOWNERS` equals what the registry generates (rule `codeowners-stale`). */
export function codeownersStaleProblems(registry: Registry, repoRoot: string): Problem[] {
  const expected = renderCodeowners(registry, repoRoot);
  let actual: string;
  try {
    actual = readFileSync(path.join(repoRoot, CODEOWNERS_FILE), 'utf8');
  } catch {
    return [stale(1, `${CODEOWNERS_FILE} mangler. Kør \`npm run registry -- codeowners\`, og commit filen.`)];
  }
  if (actual === expected) return [];
  const want = expected.split('\n');
  const have = actual.split('\n');
  let i = 0;
  while (i < want.length && want[i] === have[i]) i++;
  const expectedLine = want[i] === undefined || want[i] === '' ? '(ingen linje)' : `«${want[i]}»`;
  return [
    stale(
      i + 1,
      `${CODEOWNERS_FILE} er forældet i forhold til registret: linje ${i + 1} skulle være ${expectedLine}. ` +
        'Kør `npm run registry -- codeowners`, og commit filen.',
    ),
  ];
}

function stale(lineNo: number, message: string): Problem {
  return { file: CODEOWNERS_FILE, line: lineNo, column: 1, rule: 'codeowners-stale', severity: 'error', message };
}

/** Write `.github/CODEOWNERS` atomically (temp file, then rename); returns true when the content changed. */
export async function writeCodeowners(registry: Registry, repoRoot: string): Promise<boolean> {
  const target = path.join(repoRoot, CODEOWNERS_FILE);
  const text = renderCodeowners(registry, repoRoot);
  let old: string | undefined;
  try {
    old = readFileSync(target, 'utf8');
  } catch {
    old = undefined;
  }
  if (old === text) return false;
  await writeFileAtomic(target, text);
  return true;
}

/** True when `dir`'s repository keeps a CODEOWNERS file that no longer matches the registry (edit commands hint). */
export async function codeownersOutdated(dir: string): Promise<boolean> {
  const { loadRegistry } = await import('./load.ts');
  const { registry } = await loadRegistry(dir);
  const root = path.dirname(path.resolve(dir));
  if (!registry || !existsSync(path.join(root, '.github'))) return false;
  return codeownersStaleProblems(registry, root).length > 0;
}
