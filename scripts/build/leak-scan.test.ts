import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderTemplateDocx } from './docx/render.ts';
import { scanForLeaks } from './leak-scan.ts';
import { listFiles } from './manifest.ts';
import { wordFileNames } from './word-files.ts';

let tier: string;

/** A tier folder as the build writes it: one template page with both Word files beside it. */
beforeAll(async () => {
  tier = await mkdtemp(join(tmpdir(), 'sikkerhedsnet-leak-scan-'));
  const files = await renderTemplateDocx({
    title: 'Prøveplan',
    frontmatter: { category: 'beredskab', status: 'gældende' },
    body:
      'Den lilla kanonbåd sejlede baglæns &amp; videre.\n\n' +
      '<Vejledning>\nDet blå elefantregister tæller syv pumpestationer.\n</Vejledning>\n',
    sourceFile: 'templates-library/beredskab/proeveplan.mdx',
  });
  await mkdir(join(tier, 'skabeloner/proeveplan'), { recursive: true });
  for (const [name, bytes] of wordFileNames('proeveplan', files)) {
    await writeFile(join(tier, 'skabeloner/proeveplan', name), bytes);
  }
});

afterAll(async () => {
  await rm(tier, { recursive: true, force: true });
});

describe('scanForLeaks on the Word files of a template page', () => {
  it('lists both Word files, as the manifest does', async () => {
    expect(await listFiles(tier)).toEqual([
      'skabeloner/proeveplan/proeveplan-uden-vejledning.docx',
      'skabeloner/proeveplan/proeveplan.docx',
    ]);
  });

  it('reads the text inside both files, the one without guidance included', async () => {
    const leaks = await scanForLeaks(tier, [
      'Den lilla kanonbåd sejlede baglæns & videre.',
      'Det blå elefantregister tæller syv pumpestationer.',
    ]);
    expect(leaks).toEqual([
      {
        file: 'skabeloner/proeveplan/proeveplan-uden-vejledning.docx!word/document.xml',
        needle: 'Den lilla kanonbåd sejlede baglæns & videre.',
      },
      {
        file: 'skabeloner/proeveplan/proeveplan.docx!word/document.xml',
        needle: 'Den lilla kanonbåd sejlede baglæns & videre.',
      },
      {
        file: 'skabeloner/proeveplan/proeveplan.docx!word/document.xml',
        needle: 'Det blå elefantregister tæller syv pumpestationer.',
      },
    ]);
  });

  it('finds a title in the file properties and a slug in the file names', async () => {
    const leaks = await scanForLeaks(tier, ['Prøveplan', 'proeveplan-uden']);
    expect(leaks.filter((l) => l.file.endsWith('docProps/core.xml'))).toEqual([
      { file: 'skabeloner/proeveplan/proeveplan-uden-vejledning.docx!docProps/core.xml', needle: 'Prøveplan' },
      { file: 'skabeloner/proeveplan/proeveplan.docx!docProps/core.xml', needle: 'Prøveplan' },
    ]);
    expect(leaks).toContainEqual({
      file: 'skabeloner/proeveplan/proeveplan-uden-vejledning.docx',
      needle: 'proeveplan-uden',
    });
  });
});
