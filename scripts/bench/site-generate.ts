import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CATEGORIES, CATEGORY_FOLDERS } from '#model/categories.ts';
import { LIBRARY_DIR } from '#model/layout.ts';
import { readTagVocabulary } from '#model/tags.ts';
import { REPO_ROOT } from '../build/repo-root.ts';

const TAGS = [
  'iso27001',
  'risiko',
  'politik',
  'beredskab',
  'leverandør',
  'gdpr',
  'logning',
  'backup',
  'awareness',
  'nis2',
];
/** Display names where the capitalised slug is not how members write it. */
const TAG_LABELS: Record<string, string> = { iso27001: 'ISO 27001', gdpr: 'GDPR', nis2: 'NIS2' };
const OWNERS = ['KL', '101', '147', '151', '153', '155'];
const WORDS =
  'kommunen skal sikre at oplysninger behandles fortroligt og at systemer er tilgængelige når borgerne har brug for dem ledelsen fastlægger rammerne og medarbejderne kender deres ansvar risici vurderes løbende og der føres tilsyn med leverandører'.split(
    ' ',
  );

/** Deterministic pseudo-random text so every run builds the same library. */
function sentence(seed: number, length: number): string {
  const words = Array.from({ length }, (_, i) => WORDS[(seed * 31 + i * 17) % WORDS.length]);
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function body(i: number): string {
  const para = (n: number) => [sentence(i + n, 18), sentence(i + n + 3, 22), sentence(i + n + 7, 15)].join(' ');
  return [
    '## Formål',
    '',
    `${para(1)} Skabelon nummer ${i} tilpasses [Kommunens navn].`,
    '',
    '<Vejledning>',
    sentence(i + 11, 14),
    '</Vejledning>',
    '',
    '## Ansvar',
    '',
    '| Rolle | Ansvar | Frekvens |',
    '| --- | --- | --- |',
    ...Array.from({ length: 5 }, (_, r) => `| Rolle ${r + 1} | ${sentence(i + r, 6)} | Årligt |`),
    '',
    '## Fremgangsmåde',
    '',
    ...Array.from({ length: 5 }, (_, n) => `${n + 1}. ${sentence(i + n * 2, 10)}`),
    '',
    '### Tjekliste',
    '',
    ...Array.from({ length: 6 }, (_, n) => `- ${sentence(i + n * 5, 8)}`),
    '',
    ...(i % 10 === 0 ? ['## Risikovurdering', '', '<Risikomatrix />', ''] : []),
    '## Opfølgning',
    '',
    para(5),
    '',
    `**Bemærk:** ${sentence(i + 13, 12)} *Se også* [oversigten](/skabeloner/).`,
    '',
  ].join('\n');
}

/**
 * Write `count` realistic templates (headings, a table, ordered and unordered lists, guidance, a risk matrix
 * in every tenth) into `<dir>/<category folder>/`, 80 % shared and 20 % core-only, plus a few news items.
 */
export async function generateLibrary(dir: string, count: number): Promise<void> {
  for (const folder of [...Object.values(CATEGORY_FOLDERS), 'nyheder', 'moeder']) {
    await mkdir(join(dir, folder), { recursive: true });
  }
  // The tag vocabulary: every tag the templates use, with its display name (rule tag-unknown). The build checks the
  // registry's member topics against it too (rule member-topic), so it starts from the real library's vocabulary.
  const vocabulary = new Map(readTagVocabulary(join(REPO_ROOT, LIBRARY_DIR)));
  for (const tag of TAGS) {
    if (!vocabulary.has(tag)) vocabulary.set(tag, TAG_LABELS[tag] ?? `${tag[0]?.toUpperCase()}${tag.slice(1)}`);
  }
  await writeFile(
    join(dir, 'ordliste.yaml'),
    [...vocabulary].map(([slug, label]) => `${slug}: ${JSON.stringify(label)}\n`).join(''),
  );
  for (let i = 0; i < count; i++) {
    const category = CATEGORIES[i % CATEGORIES.length] ?? 'drift';
    const slug = `skabelon-${String(i).padStart(4, '0')}`;
    const frontmatter = [
      '---',
      `title: Skabelon ${i} om ${category}`,
      `summary: ${sentence(i, 16)}`,
      `category: ${category}`,
      `tags: [${TAGS[i % TAGS.length]}, ${TAGS[(i * 7 + 3) % TAGS.length]}]`,
      `audience: ${i % 5 === 4 ? 'kerne' : 'alle'}`,
      `owner: "${OWNERS[i % OWNERS.length]}"`,
      'maintainers: [Anne Demo, Bo Eksempel]',
      `version: "1.${i % 7}"`,
      `reviewed: "${2024 + (i % 3)}-${String((i % 12) + 1).padStart(2, '0')}-15"`,
      'status: gældende',
      '---',
      '',
    ].join('\n');
    await writeFile(join(dir, CATEGORY_FOLDERS[category], `${slug}.mdx`), frontmatter + body(i));
  }
  for (let n = 0; n < 10; n++) {
    const news = [
      '---',
      `title: Nyhed ${n}`,
      `summary: ${sentence(n, 10)}`,
      `date: "2026-0${(n % 9) + 1}-10"`,
      `audience: ${n % 3 === 0 ? 'kerne' : 'alle'}`,
      '---',
      '',
      sentence(n, 40),
      '',
    ];
    await writeFile(join(dir, 'nyheder', `nyhed-${n}.mdx`), news.join('\n'));
  }
}
