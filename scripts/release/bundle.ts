/**
 * The gate's code as a host needs it: the modules `scripts/cli/serve.ts` imports, followed through every import of
 * our own, and the npm packages they use with everything those need, copied from the repository's lockfile-pinned
 * node_modules. Tests, the development identity provider, fixtures, the build and every package only the build or
 * the tests use stay out, because nothing the gate runs imports them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** An import of a module: `from '…'`, `import '…'`, `import('…')`. */
const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** What the gate is made of. */
export interface GateBundle {
  /** Our modules, relative to the repository root, sorted. */
  files: string[];
  /** npm packages our modules import, by name, sorted. */
  packages: string[];
}

/** The package of a bare specifier: `jose`, `@scope/name`, `node:fs` → undefined. */
function packageName(specifier: string): string | undefined {
  if (specifier.startsWith('node:')) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/**
 * Follow the imports of `entry` (relative to `root`) through our own modules. A relative import and `#model/…`
 * (package.json `imports`) are ours; `import type` is skipped (type stripping removes it); anything else is a package.
 */
export function gateBundle(root: string, entry = 'scripts/cli/serve.ts'): GateBundle {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [resolve(root, entry)];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    const rel = relative(root, file).split(sep).join('/');
    if (files.has(rel)) continue;
    files.add(rel);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(IMPORT)) {
      if (/^\s*(?:import|export)\s+type\s/.test(match[0].replace(/^\n/, ''))) continue;
      const specifier = match[1] ?? match[2] ?? match[3] ?? '';
      if (specifier.startsWith('.')) queue.push(resolve(dirname(file), specifier));
      else if (specifier.startsWith('#model/')) queue.push(resolve(root, 'scripts/model', specifier.slice(7)));
      else {
        const name = packageName(specifier);
        if (name) packages.add(name);
      }
    }
  }
  return { files: [...files].sort(), packages: [...packages].sort() };
}

/** Where `name` resolves from a package at `from` (a folder in node_modules, or the root): Node's lookup. */
function locate(root: string, from: string, name: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dir === root || dirname(dir) === dir) return undefined;
  }
}

/**
 * The package folders `packages` need at run time: each, and its `dependencies` and non-optional peer dependencies,
 * as Node would find them from where each sits (hoisted or nested). Relative to `root`, sorted.
 */
export function packageClosure(root: string, packages: readonly string[]): string[] {
  const found = new Set<string>();
  const queue = packages.map((name) => ({ from: root, name }));
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    const dir = locate(root, next.from, next.name);
    if (!dir) {
      // An optional dependency may be absent (another platform's binary); anything else is a broken install.
      continue;
    }
    const rel = relative(root, dir).split(sep).join('/');
    if (found.has(rel)) continue;
    found.add(rel);
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
      peerDependencies?: Record<string, string>;
      peerDependenciesMeta?: Record<string, { optional?: boolean }>;
    };
    const peers = Object.keys(manifest.peerDependencies ?? {}).filter(
      (p) => !manifest.peerDependenciesMeta?.[p]?.optional,
    );
    for (const name of [...Object.keys(manifest.dependencies ?? {}), ...peers]) queue.push({ from: dir, name });
  }
  return [...found].sort();
}

/**
 * Copy the gate into `out`: our modules at their repository paths, the packages in `node_modules/` as they sit in
 * the repository's, and a package.json with the `#model/*` imports and the packages at their installed versions.
 */
export async function writeGateBundle(root: string, out: string): Promise<GateBundle & { folders: string[] }> {
  const bundle = gateBundle(root);
  const folders = packageClosure(root, bundle.packages);
  for (const file of bundle.files) {
    await mkdir(dirname(join(out, file)), { recursive: true });
    await cp(join(root, file), join(out, file));
  }
  for (const folder of folders) {
    await cp(join(root, folder), join(out, folder), {
      recursive: true,
      // A nested node_modules is copied as a folder of its own (when the closure needs it), never wholesale.
      filter: (path) => !relative(join(root, folder), path).split(sep).includes('node_modules'),
    });
  }
  const rootManifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
    engines?: Record<string, string>;
    imports?: Record<string, string>;
  };
  const version = (name: string) =>
    (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  const manifest = {
    name: `${rootManifest.name}-gate`,
    version: rootManifest.version,
    private: true,
    type: 'module',
    description: 'Sikkerhedsnet: the SSO gate, as released (npm run release)',
    engines: rootManifest.engines,
    imports: rootManifest.imports,
    scripts: { serve: 'node scripts/cli/serve.ts' },
    dependencies: Object.fromEntries(bundle.packages.map((name) => [name, version(name)])),
  };
  await writeFile(join(out, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return { ...bundle, folders };
}
