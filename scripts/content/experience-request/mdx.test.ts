import { describe, expect, it } from 'vitest';
import type { ExperienceFields } from './entry.ts';
import { assertPlainMarkdown, escapeMdx, renderExperienceMdx } from './mdx.ts';

const FIELDS: ExperienceFields = {
  title: 'Backupfabrikken Enterprise i Københavns Kommune',
  summary: 'Fiktivt eksempel: backup af 400 servere.',
  product: 'Backupfabrikken Enterprise',
  vendor: 'Backupfabrikken A/S',
  area: 'backup',
  owner: '101',
  contact: 'anne.demo@kk.dk',
  in_use_since: '2022-03',
  verdict: 'anbefales',
  reviewed: '2026-11-30',
  audience: 'kerne',
};

describe('the MDX of a requested experience', () => {
  it('writes the frontmatter in schema order (quoted where YAML would read a number or date), then the sections', () => {
    const rendered = renderExperienceMdx(FIELDS, [
      { field: 'virket', heading: 'Det har virket', text: '- Kopier\n- Test  ' },
      { field: 'raad', heading: 'Gode råd', text: 'Start småt.' },
    ]);
    expect(rendered.text).toBe(
      [
        '---',
        'title: Backupfabrikken Enterprise i Københavns Kommune',
        'summary: "Fiktivt eksempel: backup af 400 servere."',
        'product: Backupfabrikken Enterprise',
        'vendor: Backupfabrikken A/S',
        'area: backup',
        'owner: "101"',
        'contact: anne.demo@kk.dk',
        'in_use_since: "2022-03"',
        'verdict: anbefales',
        'reviewed: "2026-11-30"',
        'audience: kerne',
        '---',
        '',
        '## Det har virket',
        '',
        '- Kopier',
        '- Test',
        '',
        '## Gode råd',
        '',
        'Start småt.',
        '',
      ].join('\n'),
    );
    expect([...rendered.fieldOfLine]).toEqual([
      [2, 'produkt'],
      [3, 'resume'],
      [4, 'produkt'],
      [5, 'leverandoer'],
      [17, 'virket'],
      [18, 'virket'],
      [22, 'raad'],
    ]);
  });

  it('escapes what MDX would run: expressions, elements, module statements and backslashes', () => {
    const text =
      "Se {process.env.TOKEN} og <script>x</script>\nimport fs from 'node:fs'\n  export const a = 1\nC:\\{mappe}";
    expect(escapeMdx(text)).toBe(
      "Se \\{process.env.TOKEN\\} og \\<script>x\\</script>\n&#105;mport fs from 'node:fs'\n  &#101;xport const a = 1\nC:\\\\\\{mappe\\}",
    );
    expect(() => assertPlainMarkdown(escapeMdx(text))).not.toThrow();
  });

  it('keeps the content check’s marker comments as comments', () => {
    expect(escapeMdx('Nummer 070761-4285 {/* syntetisk-cpr */} og {x}')).toBe(
      'Nummer 070761-4285 {/* syntetisk-cpr */} og \\{x\\}',
    );
  });

  it('refuses MDX code that escaping missed: a bug, so it throws', () => {
    expect(() => assertPlainMarkdown('Tekst {1 + 1}')).toThrow(
      'escapeMdx left MDX code in an experience: mdxTextExpression',
    );
    expect(() => assertPlainMarkdown('<Vejledning>x</Vejledning>')).toThrow('mdxJsxTextElement');
    expect(() => assertPlainMarkdown("import a from 'b'")).toThrow('mdxjsEsm');
  });
});
