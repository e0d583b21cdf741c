import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLibrary } from '../library/parse-library.ts';
import { readLibraryFiles } from '../library/read-files.ts';
import { blankCode, headings, links } from './markdown-scan.ts';
import { contentCheck, loadContentContext, runCheck } from './run.ts';

const fixtures = path.join(import.meta.dirname, 'fixtures');
const TODAY = '2026-11-28';
const DEAD_FOR_BROAD =
  'som kun er for kernenetværket; linket ville være dødt for den brede gruppe. Fjern linket, eller gør siden til audience: kerne.';

describe('links', () => {
  it('reports every unresolved link, anchor, image and alle → kerne link at its place', async () => {
    const ctx = await loadContentContext({
      dir: path.join(fixtures, 'links'),
      registryDir: path.join(fixtures, 'registry'),
      today: TODAY,
    });
    const got = runCheck(contentCheck('links'), ctx).map(
      (p) => `${p.file}:${p.line}:${p.column} ${p.rule} ${p.severity} ${p.message}`,
    );
    expect(got).toEqual(
      [
        'links/politikker/politik.mdx:19:19 links error Siden er for alle, men linket "/skabeloner/hemmelig-plan/" peger på hemmelig-plan, ' +
          DEAD_FOR_BROAD,
        'links/politikker/politik.mdx:19:58 links error Ankeret "#findes-ikke" findes ikke på politik. Brug en af overskrifternes id\'er: formål, ansvar-og-roller, formål-1.',
        'links/politikker/politik.mdx:19:85 links error Linket "/skabeloner/mangler/" peger ikke på en side i biblioteket (/skabeloner/mangler/). Ret adressen, fx /skabeloner/<slug>/#<overskrift>.',
        'links/politikker/politik.mdx:23:24 links error Linket "/skabeloner/plan" mangler den afsluttende skråstreg. Skriv "/skabeloner/plan/".',
        'links/politikker/politik.mdx:23:88 links error Kategorien "ukendt" findes ikke. Brug en af: risikostyring, beredskab, politikker, haendelseshaandtering, leverandoerstyring, databeskyttelse, awareness, drift, ledelse.',
        'links/politikker/politik.mdx:24:41 links error Siden er for alle, men emnet "drift" har kun skabeloner for kernenetværket; linket ville være dødt for den brede gruppe.',
        'links/politikker/politik.mdx:25:68 links error Linket "/skabeloner/plan/findes.csv" peger på "findes.csv", som ikke er et bilag til plan. Tilføj filen til attachments i plan.mdx, eller ret navnet.',
        'links/politikker/politik.mdx:26:36 links error Linket "plan.mdx" peger på "plan.mdx", som ikke er et bilag til politik. Link til sider med deres adresse, fx /skabeloner/<slug>/, ikke til .mdx-filen.',
        'links/politikker/politik.mdx:26:87 links error Billedet "diagram.png" findes ikke (links/politikker/diagram.png). Læg filen i mappen, eller ret stien.',
        'links/nyheder/nyhed.mdx:7:59 links error Siden er for alle, men linket "/skabeloner/hemmelig-plan/" peger på hemmelig-plan, ' +
          DEAD_FOR_BROAD,
      ].sort((a, b) => a.localeCompare(b, 'en')),
    );
  });
});

describe('links to vendors', () => {
  it('resolve /leverandoerer/<slug>/ and its erfaringer.csv to a vendor that an experience names, and keep a shared page from a core-only vendor', async () => {
    const ctx = await loadContentContext({
      dir: path.join(fixtures, 'experiences'),
      registryDir: path.join(fixtures, 'experiences-registry'),
      today: TODAY,
    });
    const got = runCheck(contentCheck('links'), ctx).map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`);
    expect(got).toEqual([
      'experiences/erfaringer/aarhus-logvogter.mdx:23:34 Linket "/leverandoerer/findes-ikke/" peger på leverandøren "findes-ikke", som ingen erfaring nævner. Brug en leverandørs adresse: logvogter, postvagten, skjult.',
      'experiences/erfaringer/aarhus-logvogter.mdx:23:97 Siden er for alle, men leverandøren "skjult" har kun erfaringer for kernenetværket; linket ville være dødt for den brede gruppe. Fjern linket, eller gør siden til audience: kerne.',
    ]);
  });
});

describe('markdown scan', () => {
  it('gives headings the ids Astro gives them (github-slugger, inline markup removed, repeats numbered)', () => {
    const body =
      '# Første *trin*\n\n## Brug `kode` og [link](/x/)\n\n```\n# ikke en overskrift\n```\n\n## Første trin\n';
    expect(headings(body, blankCode(body)).map((h) => h.id)).toEqual([
      'første-trin',
      'brug-kode-og-link',
      'første-trin-1',
    ]);
  });

  it('finds Markdown links, images, reference definitions and JSX attributes, but nothing in code', () => {
    const body = '[a](/a/) ![b](b.png) `[c](/c/)`\n[d]: /d/\n<a href="/e/">e</a> <img src="f.png" />\n';
    expect(links(blankCode(body)).map((l) => [l.href, l.image, l.offset])).toEqual([
      ['/a/', false, 4],
      ['b.png', true, 14],
      ['/d/', false, 37],
      ['/e/', false, 50],
      ['f.png', true, 71],
    ]);
  });
});

describe('links to a page that failed validation', () => {
  it('are not reported as dead: the page is there, and its own problem is reported once', async () => {
    const ctx = await loadContentContext({
      dir: path.join(fixtures, 'links'),
      registryDir: path.join(fixtures, 'registry'),
      today: TODAY,
    });
    // Re-parse with no owner codes: plan.mdx (owner "101") now fails its schema and leaves the entries.
    const library = parseLibrary(await readLibraryFiles(path.join(fixtures, 'links')), {
      ownerCodes: new Set(),
      displayDir: 'links',
    });
    expect(library.entries.map((e) => e.slug)).not.toContain('plan');
    expect(library.invalidUrls).toEqual(new Set(['/skabeloner/plan/']));
    const got = runCheck(contentCheck('links'), { ...ctx, library }).map((p) => `${p.line}:${p.column} ${p.message}`);
    // Only the missing trailing slash is still wrong about a link to plan; dead-link reports are gone.
    expect(got.filter((m) => m.includes('/skabeloner/plan'))).toEqual([
      '23:24 Linket "/skabeloner/plan" mangler den afsluttende skråstreg. Skriv "/skabeloner/plan/".',
    ]);
    expect(got).toHaveLength(runCheck(contentCheck('links'), ctx).length - 1);
  });
});
