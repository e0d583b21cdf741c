import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { officeText } from '../library/office-text.ts';
import { scanText } from '../library/scan-text.ts';
import { BROKEN_DOCX, DOCX, DOCX_TABLE, XLSX } from '../library/testing/office-files.ts';
import { cprFindings } from './cpr-number.ts';
import { checkContent } from './run.ts';

const TODAY = '2026-11-28';
const registryDir = path.join(import.meta.dirname, 'fixtures', 'registry');

describe('CPR numbers in Office attachments', () => {
  it('judges a number in a Word table by its column header: the CPR column is an error, the P-number column nothing', () => {
    const found = cprFindings(scanText('bilag.docx', officeText(DOCX_TABLE, 'docx'), 'attachment', true), TODAY);
    expect(found.map((p) => [p.line, p.column, p.severity])).toEqual([[3, 1, 'error']]);
  });

  describe('in a checked library', () => {
    let dir = '';
    beforeAll(async () => {
      dir = path.join(await mkdtemp(path.join(tmpdir(), 'content-office-')), 'templates-library');
      await mkdir(path.join(dir, 'risikostyring'), { recursive: true });
      await writeFile(path.join(dir, 'risikostyring/skabelon.docx'), DOCX);
      await writeFile(path.join(dir, 'risikostyring/register.xlsx'), XLSX);
      await writeFile(path.join(dir, 'risikostyring/ødelagt.docx'), BROKEN_DOCX);
      await writeFile(path.join(dir, 'ordliste.yaml'), 'nis2: NIS2\n');
    });
    afterAll(() => rm(path.dirname(dir), { recursive: true, force: true }));

    it('scans extracted text with paragraph/row lines and reports a broken file as attachment-unreadable', async () => {
      const problems = (await checkContent({ dir, registryDir, today: TODAY })).filter((p) =>
        p.file.startsWith('templates-library/'),
      );
      expect(problems.map((p) => [p.file, p.line, p.column, p.rule, p.severity, p.message.slice(0, 50)])).toEqual([
        [
          'templates-library/risikostyring/ødelagt.docx',
          1,
          1,
          'attachment-unreadable',
          'error',
          'Filen kan ikke åbnes som .docx-dokument (invalid z',
        ],
        [
          'templates-library/risikostyring/register.xlsx',
          2,
          11,
          'cpr-number',
          'error',
          'Muligt CPR-nummer 070761xxxx (sikkerhed: høj; gyld',
        ],
        [
          'templates-library/risikostyring/skabelon.docx',
          2,
          6,
          'cpr-number',
          'error',
          'Muligt CPR-nummer 070761-xxxx (sikkerhed: høj; gyl',
        ],
      ]);
    });

    it('keeps reporting the unreadable file when the frontmatter rules are skipped', async () => {
      const problems = await checkContent({
        dir,
        registryDir,
        today: TODAY,
        skip: ['frontmatter-syntax', 'frontmatter-schema', 'cpr-number', 'private-email'],
      });
      expect(problems.map((p) => `${p.file} ${p.rule}`)).toEqual([
        'templates-library/risikostyring/ødelagt.docx attachment-unreadable',
      ]);
    });
  });
});
