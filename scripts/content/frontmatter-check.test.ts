import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFrontmatter, checkUniqueSlugs } from './frontmatter-check.ts';
import { loadContentContext } from './run.ts';

const fixtures = path.join(import.meta.dirname, 'fixtures');

describe('frontmatter', () => {
  it('validates with the site schemas and reports each issue at its key', async () => {
    const ctx = await loadContentContext({
      dir: path.join(fixtures, 'frontmatter'),
      registryDir: path.join(fixtures, 'registry'),
      today: '2026-11-28',
    });
    const got = [...checkFrontmatter(ctx), ...checkUniqueSlugs(ctx)].map(
      (p) => `${p.file}:${p.line}:${p.column} ${p.rule} ${p.severity} ${p.message}`,
    );
    expect(got.sort((a, b) => a.localeCompare(b, 'en'))).toEqual([
      'frontmatter/drift/forkert.mdx:12:1 frontmatter error status skal være en af: udkast, gældende, forældet',
      'frontmatter/drift/forkert.mdx:13:1 frontmatter error Ukendt felt i skabelonen: klassifikation. Tilladte felter: title, summary, category, tags, audience, owner, maintainers, version, reviewed, review_interval_months, status, supersedes, attachments',
      'frontmatter/drift/forkert.mdx:3:1 frontmatter error summary må ikke være tom',
      'frontmatter/drift/forkert.mdx:4:11 frontmatter error category "politikker" passer ikke til mappen drift/. Skriv category: drift, eller flyt filen til den rigtige mappe.',
      'frontmatter/drift/forkert.mdx:5:8 frontmatter error tags skal skrives med små bogstaver, tal og bindestreg, fx "iso27001"',
      'frontmatter/drift/forkert.mdx:7:1 frontmatter error owner "999" findes ikke: skriv "KL" eller en kommunekode fra registry/kommuner.yaml, fx "101"',
      'frontmatter/drift/forkert.mdx:9:1 frontmatter error version skal være en tekst i anførselstegn, fx "1.0"',
      'frontmatter/politikker/ok.mdx:1:1 frontmatter error Slug "ok" bruges også af frontmatter/drift/ok.mdx; begge ville få adressen /skabeloner/ok/. Giv den ene fil et andet navn.',
      'frontmatter/politikker/ustruktur.mdx:3:1 frontmatter error Frontmatter kan ikke læses: Flow sequence in block collection must be sufficiently indented and end with a ]',
      'frontmatter/ukendt/fil.mdx:1:1 frontmatter error "frontmatter/ukendt/fil.mdx" ligger ikke i en kendt mappe. Flyt filen til en af mapperne: risikostyring, beredskab, politikker, haendelseshaandtering, leverandoerstyring, databeskyttelse, awareness, drift, ledelse, nyheder, moeder.',
    ]);
  });

  it('looks only at selected files under --changed-since', async () => {
    const ctx = await loadContentContext({
      dir: path.join(fixtures, 'frontmatter'),
      registryDir: path.join(fixtures, 'registry'),
      today: '2026-11-28',
    });
    ctx.selected = new Set(['frontmatter/drift/ok.mdx']);
    expect(checkFrontmatter(ctx)).toEqual([]);
  });
});
