/**
 * A small, fully controlled pair of tier builds and an access list in a temp directory, shaped like the real
 * build output (docs/interfaces.md §2 and §4), so gate tests never depend on the site build or the registry.
 */
import { mkdir, mkdtemp, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { AccessList, Tier } from '../access-list.ts';

export const TENANT_KK = '11111111-1111-4111-8111-111111111101';
export const CORE_MARKER = 'KERNE-HEMMELIGHED-7731';

const html = (title: string, body = '') =>
  `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1>${body}</main></body></html>\n`;

/**
 * Files per tier: path → content. The kerne build has a core-only page and core search files; the search files
 * are named as Pagefind 1.6 names them.
 */
export const FIXTURE_FILES: Record<'kerne' | 'bred', Record<string, string>> = {
  kerne: {
    'index.html': html('Forside (kerne)'),
    '404.html': html('Siden findes ikke (kerne)'),
    'skabeloner/index.html': html('Skabeloner'),
    'skabeloner/risikovurdering/index.html': html('Risikovurdering'),
    'skabeloner/risikovurdering/risikovurdering.docx': 'PK-fake-docx',
    'skabeloner/beredskabsplan-kerne/index.html': html('Beredskabsplan', `<p>${CORE_MARKER}</p>`),
    '_astro/index.Ab12Cd34.css': 'main{color:#111}',
    'pagefind/pagefind.js': 'export const tier = "kerne";',
    'pagefind/pagefind-entry.json': '{"version":"1.6.0","languages":{"da":{"hash":"da_1a2b3c4d5e","wasm":"da"}}}',
    'pagefind/pagefind.da_1a2b3c4d5e.pf_meta': 'core-meta',
    'pagefind/index/da_a1b2c3d.pf_index': 'core-index',
    'pagefind/fragment/da_c3d4e5f.pf_fragment': CORE_MARKER,
    // The same name and bytes in both tiers (a shared page), and the same name with other bytes (a collision).
    'pagefind/fragment/da_5e5e5e5.pf_fragment': 'shared-fragment',
    'pagefind/filter/da_0f0f0f0.pf_filter': 'core-filter',
    'pagefind/wasm.da.pagefind': 'wasm-da',
    'pagefind/wasm.unknown.pagefind': 'wasm-bytes',
    'pagefind/pagefind.wasm': '\0asm',
    'nyheder/feed.xml': '<?xml version="1.0"?><rss/>',
  },
  bred: {
    'index.html': html('Forside (bred)'),
    '404.html': html('Siden findes ikke (bred)'),
    'skabeloner/index.html': html('Skabeloner'),
    'skabeloner/risikovurdering/index.html': html('Risikovurdering'),
    'skabeloner/risikovurdering/risikovurdering.docx': 'PK-fake-docx',
    '_astro/index.Ab12Cd34.css': 'main{color:#111}',
    'pagefind/pagefind.js': 'export const tier = "bred";',
    'pagefind/pagefind-entry.json': '{"version":"1.6.0","languages":{"da":{"hash":"da_6f7a8b9c0d","wasm":"da"}}}',
    'pagefind/pagefind.da_6f7a8b9c0d.pf_meta': 'broad-meta',
    'pagefind/index/da_e5f6a7b.pf_index': 'broad-index',
    'pagefind/fragment/da_5e5e5e5.pf_fragment': 'shared-fragment',
    'pagefind/filter/da_0f0f0f0.pf_filter': 'broad-filter',
    'pagefind/wasm.da.pagefind': 'wasm-da',
  },
};

/** The fixture access list with one member moved to `tier` (the member must be in the list). */
export function fixtureAccessListWithTier(email: string, tier: Tier): AccessList {
  const list = fixtureAccessList();
  const member = list.members[email];
  if (!member) throw new Error(`fixture without ${email}`);
  return { ...list, members: { ...list.members, [email]: { ...member, tier } } };
}

/** The fixture access list: a kerne contact person, a bred member (both pinned to a tenant) and an unpinned admin. */
export function fixtureAccessList(): AccessList {
  return {
    version: 1,
    generated: '2026-11-28T10:00:00.000Z',
    members: {
      'anne.demo@kk.dk': {
        name: 'Anne Demo',
        tier: 'kerne',
        municipality: '101',
        municipalityName: 'København',
        tenantIds: [TENANT_KK],
        contact: true,
        admin: false,
      },
      'bo.eksempel@kk.dk': {
        name: 'Bo Eksempel',
        tier: 'bred',
        municipality: '101',
        municipalityName: 'København',
        tenantIds: [TENANT_KK],
        contact: false,
        admin: false,
      },
      'admin.demo@kl.dk': {
        name: 'Admin Demo',
        tier: 'kerne',
        municipality: 'KL',
        municipalityName: 'KL',
        tenantIds: [],
        contact: false,
        admin: true,
      },
    },
    domains: {
      'kk.dk': {
        municipality: '101',
        municipalityName: 'København',
        contacts: [{ name: 'Anne Demo', email: 'anne.demo@kk.dk' }],
      },
    },
  };
}

export interface FixtureSite {
  root: string;
  distDir: string;
  accessListFile: string;
  /** Replace the access list atomically (temp file + rename), as `registry compile` does. */
  writeAccessList(list: unknown): Promise<void>;
}

/** Write both tier builds, their manifests, an unlisted file and the access list under a new temp directory. */
export async function createFixtureSite(): Promise<FixtureSite> {
  const root = await mkdtemp(join(tmpdir(), 'gate-fixture-'));
  const distDir = join(root, 'dist');
  for (const [tier, files] of Object.entries(FIXTURE_FILES)) {
    for (const [file, content] of Object.entries(files)) {
      const abs = join(distDir, tier, file);
      await mkdir(dirname(abs), { recursive: true });
      await writeFile(abs, content);
    }
    const manifest = { tier, generated: '2026-11-28T10:00:00.000Z', files: Object.keys(files).sort() };
    await writeFile(join(distDir, `${tier}.manifest.json`), JSON.stringify(manifest));
  }
  // On disk but not in the manifest: must never be served.
  await writeFile(join(distDir, 'kerne', 'ikke-listet.html'), html('Ikke listet'));
  await writeFile(join(root, 'secret.txt'), 'outside the dist directory');
  const accessListFile = join(distDir, 'access-list.json');
  const writeAccessList = async (list: unknown) => {
    const temp = `${accessListFile}.${process.pid}.tmp`;
    await writeFile(temp, typeof list === 'string' ? list : JSON.stringify(list, null, 2));
    await rename(temp, accessListFile);
  };
  await writeAccessList(fixtureAccessList());
  return { root, distDir, accessListFile, writeAccessList };
}
