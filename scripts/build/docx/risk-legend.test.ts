import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../repo-root.ts';
import { checkRiskLegends, findRiskLegends } from './risk-legend.ts';
import { riskBands, riskLegend } from './risk-scale.ts';

/** Every MDX file of a library folder, as [path relative to the repository, text]. */
async function mdxFiles(folder: string): Promise<[string, string][]> {
  const names = (await readdir(join(REPO_ROOT, folder), { recursive: true })).filter((n) => n.endsWith('.mdx'));
  return Promise.all(
    names.sort().map(async (name): Promise<[string, string]> => {
      const file = `${folder}/${name}`;
      return [file, await readFile(join(REPO_ROOT, file), 'utf8')];
    }),
  );
}

describe('the risk scale', () => {
  it('has the bands of the scores the 5×5 matrix can give: kritisk is 20–25, since no cell scores 17–19', () => {
    expect(riskBands().map((band) => [band.name, band.from, band.to])).toEqual([
      ['Lav', 1, 4],
      ['Middel', 5, 9],
      ['Høj', 10, 16],
      ['Kritisk', 20, 25],
    ]);
    expect(riskLegend()).toBe('Grøn = lav (1–4) · Gul = middel (5–9) · Orange = høj (10–16) · Rød = kritisk (20–25)');
  });
});

describe('checkRiskLegends', () => {
  it('reports every hand-written range that disagrees with the scale, located, saying what to write', () => {
    const text = [
      'Niveauerne er lav (1–4), middel (5–9), høj (10–16) og kritisk (17–25).',
      '',
      '| Niveau | Risiko | Farve |',
      '| --- | --- | --- |',
      '| Høj | 10-15 | Orange |',
      '| Kritisk | 20–25 | Rød |',
      '',
      'Hvis kommunen har valgt andre grænser end 1–4, 5–9, 10–16 og 17–25, skal det fremgå her.',
    ].join('\n');
    expect(checkRiskLegends(text, 'templates-library/risikostyring/proeve.mdx')).toEqual([
      {
        file: 'templates-library/risikostyring/proeve.mdx',
        line: 1,
        column: 55,
        rule: 'risk-legend',
        severity: 'error',
        message:
          '«kritisk (17–25)» passer ikke med risikomatrixen (<Risikomatrix />), som bruger 20–25. ' +
          'Ret teksten til 20–25, så teksten og matrixen viser samme skala.',
      },
      {
        file: 'templates-library/risikostyring/proeve.mdx',
        line: 5,
        column: 3,
        rule: 'risk-legend',
        severity: 'error',
        message:
          '«Høj | 10-15» passer ikke med risikomatrixen (<Risikomatrix />), som bruger 10–16. ' +
          'Ret teksten til 10–16, så teksten og matrixen viser samme skala.',
      },
      {
        file: 'templates-library/risikostyring/proeve.mdx',
        line: 8,
        column: 43,
        rule: 'risk-legend',
        severity: 'error',
        message:
          '«1–4, 5–9, 10–16 og 17–25» passer ikke med risikomatrixen (<Risikomatrix />), som bruger ' +
          '1–4, 5–9, 10–16 og 20–25. Ret teksten til 1–4, 5–9, 10–16 og 20–25, ' +
          'så teksten og matrixen viser samme skala.',
      },
    ]);
    expect(
      findRiskLegends(text)
        .filter((s) => s.expected === undefined)
        .map((s) => s.text),
    ).toEqual(['lav (1–4)', 'middel (5–9)', 'høj (10–16)', 'Kritisk | 20–25']);
  });

  it('ignores placeholders, other scales and level words without a range', () => {
    const text =
      '| Kritisk | [20–25] | Rød |\n| 4 | Alvorlig | Udfald i [1–2] uger |\nRisikoen er høj. Høj tilgængelighed 24–7.';
    expect(findRiskLegends(text)).toEqual([]);
  });
});

describe('hand-written risk legends agree with the scale', () => {
  it('in every template of the library and of the site fixtures', async () => {
    const files = [...(await mdxFiles('templates-library')), ...(await mdxFiles('site/fixtures/library'))];
    expect(files.flatMap(([file, text]) => checkRiskLegends(text, file))).toEqual([]);
    // The scan reaches the legends: the IT-system assessment states all four levels in one sentence.
    const itSystem = files.find(([file]) => file.endsWith('/risikovurdering-af-it-system.mdx'))?.[1] ?? '';
    expect(findRiskLegends(itSystem).map((s) => `${s.line}:${s.text}`)).toEqual([
      '120:lav (1–4)',
      '120:middel (5–9)',
      '120:høj (10–16)',
      '120:kritisk (20–25)',
    ]);
  });

  it('in the site’s <Risikomatrix />: its caption and its colour thresholds', async () => {
    const file = 'site/src/components/Risikomatrix.astro';
    const source = await readFile(join(REPO_ROOT, file), 'utf8');
    const caption = /<figcaption>(.*?)<\/figcaption>/s.exec(source)?.[1] ?? '';
    expect(checkRiskLegends(caption, file)).toEqual([]);
    expect(findRiskLegends(caption)).toHaveLength(4);
    // The component colours a cell by `score >= N ? 'level'`; each N must be where the scale's level starts.
    const thresholds = [...source.matchAll(/score >= (\d+) \? '(\w+)'/g)].map((m) => [m[2], Number(m[1])]);
    const slug = (name: string) => name.toLowerCase().replace('ø', 'oe');
    expect(thresholds).toEqual(
      riskBands()
        .slice(1)
        .reverse()
        .map((band) => [slug(band.name), band.from]),
    );
  });
});
