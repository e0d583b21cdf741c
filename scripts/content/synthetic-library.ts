import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CATEGORIES, CATEGORY_FOLDERS } from '#model/categories.ts';

const WORDS = (
  'risiko sandsynlighed konsekvens aktiv system leverandør databehandler beredskab hændelse procedure ledelse ' +
  'politik adgang log overvågning sårbarhed opdatering kontrol tilsyn medarbejder kommune borger data ' +
  'oplysning sikkerhed plan test øvelse gennemgang ansvar ejer rolle proces kritisk drift netværk backup ' +
  'gendannelse kryptering klassifikation vurdering handling frist rapport dokumentation krav standard'
).split(' ');

/** Deterministic pseudo-random numbers (mulberry32), so every benchmark run checks the same library. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Write `count` valid, distinct templates (about 450 words each, headings, cross-links with anchors, a CSV
 * attachment on every tenth) into `dir`, for the content benchmark.
 */
export async function writeSyntheticLibrary(dir: string, count: number): Promise<void> {
  const next = random(20261128);
  const word = () => WORDS[Math.floor(next() * WORDS.length)] ?? 'risiko';
  const sentence = () => {
    const text = Array.from({ length: 8 + Math.floor(next() * 10) }, word).join(' ');
    return `${text[0]?.toUpperCase()}${text.slice(1)}.`;
  };
  const folders = CATEGORIES.map((category) => [CATEGORY_FOLDERS[category], category] as const);
  await Promise.all(folders.map(([folder]) => mkdir(path.join(dir, folder), { recursive: true })));
  // The tag vocabulary: every tag below must be in it (rule tag-unknown).
  const writes: Promise<void>[] = [writeFile(path.join(dir, 'ordliste.yaml'), 'benchmark: Benchmark\n')];
  for (let i = 0; i < count; i++) {
    const [folder, category] = folders[i % folders.length] ?? ['drift', 'drift'];
    const slug = `skabelon-${i + 1}`;
    const attachment = i % 10 === 0 ? `bilag-${i + 1}.csv` : undefined;
    const sections = Array.from({ length: 5 }, (_, s) => {
      const paragraph = Array.from({ length: 5 }, sentence).join(' ');
      return `## Afsnit ${s + 1}\n\n${paragraph}\n`;
    });
    const link = `Se også [skabelon ${((i + 1) % count) + 1}](/skabeloner/skabelon-${((i + 1) % count) + 1}/#afsnit-2).`;
    const frontmatter = [
      '---',
      `title: Skabelon ${i + 1}`,
      'summary: En genereret skabelon til måling af indholdskontrollen.',
      `category: ${category}`,
      'tags: [benchmark]',
      'audience: kerne',
      'owner: KL',
      'maintainers: [Anne Demo]',
      'version: "1.0"',
      'reviewed: "2026-10-01"',
      'status: gældende',
      `attachments: [${attachment ?? ''}]`,
      '---',
    ].join('\n');
    writes.push(writeFile(path.join(dir, folder, `${slug}.mdx`), `${frontmatter}\n${sections.join('\n')}\n${link}\n`));
    if (attachment)
      writes.push(writeFile(path.join(dir, folder, attachment), `Trin;Ansvarlig\n1;[navn]\n2;${word()}\n`));
  }
  await Promise.all(writes);
}
