import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentCheck, loadContentContext, runCheck } from './run.ts';

const fixtures = path.join(import.meta.dirname, 'fixtures');
const load = () =>
  loadContentContext({
    dir: path.join(fixtures, 'experiences'),
    registryDir: path.join(fixtures, 'experiences-registry'),
    today: '2026-11-28',
  });

describe('vendor-near-duplicate', () => {
  it('warns at each spelling that is not the suggested one, naming the other places', async () => {
    const problems = runCheck(contentCheck('vendor-near-duplicate'), await load());
    expect(problems).toEqual([
      {
        file: 'experiences/erfaringer/koebenhavn-gammel.mdx',
        line: 5,
        column: 9,
        rule: 'vendor-near-duplicate',
        severity: 'warning',
        message:
          'Leverandøren "Logvogter A/S" er vist den samme som "Logvogter ApS" i experiences/erfaringer/aarhus-logvogter.mdx:5:9 og "Logvogter" i experiences/erfaringer/koebenhavn-logvogter.mdx:5:9. Skriv leverandøren ens alle steder, fx "Logvogter ApS", så erfaringerne står under ét navn på leverandørsiden og i søgefilteret.',
      },
      {
        file: 'experiences/erfaringer/koebenhavn-logvogter.mdx',
        line: 5,
        column: 9,
        rule: 'vendor-near-duplicate',
        severity: 'warning',
        message:
          'Leverandøren "Logvogter" er vist den samme som "Logvogter ApS" i experiences/erfaringer/aarhus-logvogter.mdx:5:9 og "Logvogter A/S" i experiences/erfaringer/koebenhavn-gammel.mdx:5:9. Skriv leverandøren ens alle steder, fx "Logvogter ApS", så erfaringerne står under ét navn på leverandørsiden og i søgefilteret.',
      },
    ]);
  });

  it('suggests the spelling most experiences use, and is silent when every experience spells a vendor alike', async () => {
    const ctx = await load();
    const [aarhus, koebenhavn, gammel] = ['aarhus-logvogter', 'koebenhavn-logvogter', 'koebenhavn-gammel'].map((slug) =>
      ctx.library.experiences.find((e) => e.slug === slug),
    );
    if (!aarhus || !koebenhavn || !gammel) throw new Error('fixture experiences missing');
    koebenhavn.data.vendor = 'Logvogter A/S';
    const problems = runCheck(contentCheck('vendor-near-duplicate'), ctx);
    expect(problems.map((p) => [p.file, p.message])).toEqual([
      [
        'experiences/erfaringer/aarhus-logvogter.mdx',
        'Leverandøren "Logvogter ApS" er vist den samme som "Logvogter A/S" i experiences/erfaringer/koebenhavn-gammel.mdx:5:9. Skriv leverandøren ens alle steder, fx "Logvogter A/S", så erfaringerne står under ét navn på leverandørsiden og i søgefilteret.',
      ],
    ]);
    aarhus.data.vendor = 'Logvogter A/S';
    expect(runCheck(contentCheck('vendor-near-duplicate'), ctx)).toEqual([]);
  });
});
