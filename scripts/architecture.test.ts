/**
 * The architecture, enforced: which layer may import which (README, "Architecture"). Every import of our own code
 * in scripts/ and site/ is resolved to a file and checked against the table below; a violation names the file,
 * the line and the rule it breaks. Tests and test helpers may also import test helpers of other layers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.join(import.meta.dirname, '..');

/** Layers by path prefix (first match wins). */
const LAYERS: [string, string][] = [
  ['scripts/model/', 'model'],
  ['scripts/problems/', 'problems'],
  ['scripts/registry/', 'registry'],
  ['scripts/library/', 'library'],
  ['scripts/content/', 'content'],
  ['scripts/build/', 'build'],
  ['scripts/github/', 'github'],
  ['scripts/gate/', 'gate'],
  ['scripts/mail/', 'mail'],
  ['scripts/discussions/', 'discussions'],
  ['scripts/activity/', 'activity'],
  ['scripts/release/', 'release'],
  ['scripts/cli/', 'cli'],
  ['scripts/bench/', 'bench'],
  ['site/', 'site'],
];

/** What each layer may import besides itself. Entry points (cli, bench) may import everything. */
const ALLOWED: Record<string, readonly string[]> = {
  model: [],
  problems: [],
  registry: ['model', 'problems'],
  library: ['model', 'problems'],
  content: ['model', 'problems', 'library'],
  build: ['model', 'problems', 'library', 'registry'],
  github: ['model', 'problems', 'registry'],
  gate: ['model'],
  mail: ['model', 'problems', 'library', 'registry'],
  discussions: ['model', 'problems', 'library', 'registry', 'content', 'github'],
  activity: ['model', 'problems', 'library', 'registry'],
  release: ['model'],
  site: ['model'],
  cli: ['*'],
  bench: ['*'],
};

const SOURCE = /\.(ts|mts|mjs|astro)$/;
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function files(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) {
      if (!/^(node_modules|fixtures|\.astro|dist|bare-site)$/.test(entry.name)) out.push(...files(rel));
    } else if (SOURCE.test(entry.name)) out.push(rel);
  }
  return out;
}

function layerOf(file: string): string | undefined {
  return LAYERS.find(([prefix]) => file.startsWith(prefix))?.[1];
}

const isTestCode = (file: string) => /\.test\.ts$|\/(testing|e2e|test-support)\//.test(file);

/** Our own imports in `text` of `file`: resolved repository paths with the line they are on. */
function ownImports(file: string, text: string): { target: string; line: number }[] {
  const found: { target: string; line: number }[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2] ?? '';
    let target: string | undefined;
    if (spec.startsWith('#model/')) target = `scripts/model/${spec.slice('#model/'.length)}`;
    else if (spec.startsWith('.')) target = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
    if (target)
      found.push({ target, line: text.slice(0, m.index).split('\n').length + (m[0].startsWith('\n') ? 1 : 0) });
  }
  return found;
}

/** Every import in `sources` that breaks the table, as `file:line  from → to (rule)`. */
function violations(sources: { file: string; text: string }[]): string[] {
  const out: string[] = [];
  for (const { file, text } of sources) {
    const from = layerOf(file);
    if (!from) continue;
    for (const { target, line } of ownImports(file, text)) {
      const to = layerOf(target);
      if (!to || to === from) continue;
      if (to === 'cli') {
        out.push(`${file}:${line}  ${from} → cli (nothing imports an entry point)`);
        continue;
      }
      const allowed = ALLOWED[from] ?? [];
      if (allowed.includes('*') || allowed.includes(to)) continue;
      if (isTestCode(file) && isTestCode(target)) continue;
      out.push(`${file}:${line}  ${from} → ${to} (${from} may import ${allowed.join(', ') || 'nothing of ours'})`);
    }
  }
  return out;
}

describe('architecture', () => {
  it('every import of our own code follows the layer table', () => {
    const sources = [...files('scripts'), ...files('site')].map((file) => ({
      file,
      text: readFileSync(path.join(ROOT, file), 'utf8'),
    }));
    expect(sources.length).toBeGreaterThan(200);
    expect(violations(sources)).toEqual([]);
  });

  it('reports each kind of violation with its place (the check can fail)', () => {
    const sources = [
      { file: 'scripts/model/dates.ts', text: "import { x } from '../registry/load.ts';" },
      {
        file: 'scripts/gate/server.ts',
        text: "// gate\nimport { y } from '../registry/load.ts';\nimport { z } from '#model/tiers.ts';",
      },
      { file: 'site/src/lib/x.ts', text: "const m = await import('../../../scripts/content/run.ts');" },
      { file: 'scripts/registry/load.ts', text: "export { run } from '../cli/registry-check.ts';" },
      { file: 'scripts/cli/build.ts', text: "import { buildSite } from '../build/build-site.ts';" },
    ];
    expect(violations(sources)).toEqual([
      'scripts/model/dates.ts:1  model → registry (model may import nothing of ours)',
      'scripts/gate/server.ts:2  gate → registry (gate may import model)',
      'site/src/lib/x.ts:1  site → content (site may import model)',
      'scripts/registry/load.ts:1  registry → cli (nothing imports an entry point)',
    ]);
  });
});
