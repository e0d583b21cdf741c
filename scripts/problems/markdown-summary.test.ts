import { describe, expect, it } from 'vitest';
import { formatProblemsMarkdown } from './markdown-summary.ts';
import type { Problem } from './problem.ts';

const problem = (over: Partial<Problem>): Problem => ({
  file: 'registry/kommuner/101-koebenhavn.yaml',
  line: 1,
  column: 1,
  rule: 'unique-email',
  severity: 'error',
  message: 'besked',
  ...over,
});
const title = 'Kontrol af medlemsregistret';

describe('formatProblemsMarkdown', () => {
  it('lists errors before warnings in a table, with counts in the heading', () => {
    const problems = [
      problem({ line: 2, severity: 'warning', rule: 'confirmation-expiring', message: 'udløber snart' }),
      problem({ line: 16, column: 12, rule: 'email-domain', message: 'Bo: e-mailen bo@gmail.com | <b>x</b>' }),
      problem({
        line: 20,
        rule: 'approved-by',
        message: 'spørg @anne-demo\neller KL ![x](https://evil.example/t.png) [her](https://evil.example)',
      }),
    ];
    expect(formatProblemsMarkdown(problems, { title })).toBe(
      [
        '### Kontrol af medlemsregistret: 2 fejl, 1 advarsel',
        '',
        'Ret fejlene i filerne i denne pull request. Kontrollen kører igen, når du gemmer, og denne kommentar bliver opdateret.',
        '',
        '| Sted | Regel | Besked |',
        '| --- | --- | --- |',
        '| `registry/kommuner/101-koebenhavn.yaml:16:12` | `email-domain` | Bo: e-mailen bo@gmail.com \\| &lt;b>x&lt;/b> |',
        '| `registry/kommuner/101-koebenhavn.yaml:20:1` | `approved-by` | spørg `@anne-demo` eller KL !\\[x\\](https://evil.example/t.png) \\[her\\](https://evil.example) |',
        '| `registry/kommuner/101-koebenhavn.yaml:2:1` | `confirmation-expiring` | advarsel: udløber snart |',
        '',
      ].join('\n'),
    );
  });

  it('shows the first rows and counts the rest', () => {
    const problems = Array.from({ length: 53 }, (_, i) => problem({ line: i + 1 }));
    const lines = formatProblemsMarkdown(problems, { title, limit: 50 }).split('\n');
    expect(lines.filter((l) => l.startsWith('| `'))).toHaveLength(50);
    expect(lines.at(-2)).toBe('… og 3 flere. Alle står i kontrollens log og ved linjerne under "Files changed".');
  });

  it('says that nothing was found, and keeps warnings when there are no errors', () => {
    expect(formatProblemsMarkdown([], { title })).toBe(
      '### Kontrol af medlemsregistret: ingen fejl fundet\n\nIngen fejl fundet ved seneste kørsel. De fejl, der stod her før, er rettet.\n',
    );
    expect(
      formatProblemsMarkdown([problem({ severity: 'warning', rule: 'file-bom', message: 'BOM' })], { title }).split(
        '\n',
      ),
    ).toEqual([
      '### Kontrol af medlemsregistret: ingen fejl fundet, 1 advarsel',
      '',
      'Ingen fejl fundet ved seneste kørsel. Advarslerne herunder forhindrer ikke, at ændringen flettes ind, men bør ordnes snart.',
      '',
      '| Sted | Regel | Besked |',
      '| --- | --- | --- |',
      '| `registry/kommuner/101-koebenhavn.yaml:1:1` | `file-bom` | advarsel: BOM |',
      '',
    ]);
  });
});
