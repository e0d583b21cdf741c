import { describe, expect, it } from 'vitest';
import { markdownText, renderSafeMarkdown, safeHref } from './safe-markdown.ts';

/** Every tag and its attribute names in `html`, e.g. `a[href,rel]`, `p[]`. */
function tagsIn(html: string): string[] {
  return [...html.matchAll(/<([a-z0-9]+)((?:\s+[a-z-]+(?:="[^"]*")?)*)\s*\/?>/gi)].map(([, name, attributes]) => {
    const names = [...(attributes ?? '').matchAll(/\s+([a-z-]+)/gi)].map((m) => m[1]);
    return `${name}[${names.join(',')}]`;
  });
}

const ALLOWED_TAGS = new Set([
  'p[]',
  'h2[]',
  'h3[]',
  'h4[]',
  'h5[]',
  'h6[]',
  'em[]',
  'strong[]',
  'del[]',
  'code[]',
  'pre[]',
  'blockquote[]',
  'ul[]',
  'ol[]',
  'ol[start]',
  'li[]',
  'hr[]',
  'br[]',
  'a[href]',
  'a[href,rel]',
  'sup[]',
  'div[class]',
  'div[class,role,tabindex,aria-label]',
  'table[]',
  'thead[]',
  'tbody[]',
  'tr[]',
  'th[]',
  'td[]',
]);

describe('renderSafeMarkdown', () => {
  it('renders GitHub Markdown: emphasis, code, lists, task lists, quotes, tables, autolinks, references', () => {
    const markdown = [
      'Tekst med **fed**, _kursiv_, ~~slettet~~ og `kode <b>`.',
      '',
      '> Citat',
      '',
      '- [x] gjort',
      '- [ ] mangler',
      '',
      '3. tre',
      '4. fire',
      '',
      '| Navn | Antal |',
      '| :--- | ---: |',
      '| a & b | 2 |',
      '',
      'Se www.kl.dk og [skabelonen][s].',
      '',
      '[s]: /skabeloner/risikovurdering/',
      '',
      '```sh',
      'echo "<hej>"',
      '```',
      '',
      '---',
    ].join('\n');
    expect(renderSafeMarkdown(markdown)).toBe(
      [
        '<p>Tekst med <strong>fed</strong>, <em>kursiv</em>, <del>slettet</del> og <code>kode &lt;b&gt;</code>.</p>',
        '<blockquote>',
        '<p>Citat</p>',
        '</blockquote>',
        '<ul>',
        '<li>☑ gjort</li>',
        '<li>☐ mangler</li>',
        '</ul>',
        '<ol start="3">',
        '<li>tre</li>',
        '<li>fire</li>',
        '</ol>',
        '<div class="table-scroll" role="region" tabindex="0" aria-label="Tabel">',
        '<table>',
        '<thead>',
        '<tr><th>Navn</th><th>Antal</th></tr>',
        '</thead>',
        '<tbody>',
        '<tr><td>a &amp; b</td><td>2</td></tr>',
        '</tbody>',
        '</table>',
        '</div>',
        '<p>Se <a href="http://www.kl.dk/" rel="noreferrer">www.kl.dk</a> og <a href="/skabeloner/risikovurdering/">skabelonen</a>.</p>',
        '<pre><code>echo "&lt;hej&gt;"</code></pre>',
        '<hr>',
        '',
      ].join('\n'),
    );
  });

  it('starts headings at the given level and never skips one', () => {
    expect(renderSafeMarkdown('# Et\n\n#### Fire\n\n## To\n\n###### Seks', { headingLevel: 3 })).toBe(
      '<h3>Et</h3>\n<h4>Fire</h4>\n<h4>To</h4>\n<h5>Seks</h5>\n',
    );
    expect(renderSafeMarkdown('### Dybt først')).toBe('<h2>Dybt først</h2>\n');
  });

  it('shows raw HTML as text, drops HTML comments and keeps <br> as a line break', () => {
    expect(renderSafeMarkdown('<script>alert("x")</script>')).toBe('<p>&lt;script&gt;alert("x")&lt;/script&gt;</p>\n');
    expect(renderSafeMarkdown('Før <b>fed</b> efter<br>ny linje <!-- skjult note -->')).toBe(
      '<p>Før &lt;b&gt;fed&lt;/b&gt; efter<br>\nny linje </p>\n',
    );
    expect(renderSafeMarkdown('<img src=x onerror=alert(1)>')).toBe('<p>&lt;img src=x onerror=alert(1)&gt;</p>\n');
    expect(renderSafeMarkdown('<!--\nhele blokken er skjult\n-->')).toBe('');
  });

  it('keeps only http(s), mailto and site links; other links become their text', () => {
    const cases: [string, string][] = [
      [
        '[a](https://example.dk/x?y=1&z=2)',
        '<p><a href="https://example.dk/x?y=1&amp;z=2" rel="noreferrer">a</a></p>\n',
      ],
      ['[a](mailto:anne.demo@kk.dk)', '<p><a href="mailto:anne.demo@kk.dk" rel="noreferrer">a</a></p>\n'],
      ['[a](/nyheder/)', '<p><a href="/nyheder/">a</a></p>\n'],
      ['[a](javascript:alert(1))', '<p>a</p>\n'],
      ['[a](JaVaScRiPt:alert(1))', '<p>a</p>\n'],
      ['[a](&#106;avascript:alert(1))', '<p>a</p>\n'],
      ['[a](<java\tscript:alert(1)>)', '<p>a</p>\n'],
      ['[a](data:text/html;base64,PHNjcmlwdD4=)', '<p>a</p>\n'],
      ['[a](vbscript:msgbox(1))', '<p>a</p>\n'],
      ['[a](//evil.example/)', '<p>a</p>\n'],
      ['[a](/\\evil.example/)', '<p>a</p>\n'],
      ['[a](relativ/sti)', '<p>a</p>\n'],
      ['<javascript:alert(1)>', '<p>javascript:alert(1)</p>\n'],
      ['[a][r]\n\n[r]: javascript:alert(1)', '<p>a</p>\n'],
      [
        '[a](https://example.dk/"onmouseover="alert(1))',
        '<p><a href="https://example.dk/%22onmouseover=%22alert(1)" rel="noreferrer">a</a></p>\n',
      ],
      ['<a href="javascript:alert(1)">a</a>', '<p>&lt;a href="javascript:alert(1)"&gt;a&lt;/a&gt;</p>\n'],
    ];
    for (const [markdown, html] of cases) expect(renderSafeMarkdown(markdown), markdown).toBe(html);
  });

  it('never loads an image: it becomes a link named by its alt text, or that text alone', () => {
    expect(renderSafeMarkdown('![Skærmbillede af loggen](https://github.com/user-attachments/assets/a.png)')).toBe(
      '<p><a href="https://github.com/user-attachments/assets/a.png" rel="noreferrer">Billede: Skærmbillede af loggen</a></p>\n',
    );
    expect(renderSafeMarkdown('![](javascript:alert(1))')).toBe('<p>Billede</p>\n');
    expect(renderSafeMarkdown('![x" onerror="alert(1)](/a.png)')).toBe(
      '<p><a href="/a.png">Billede: x" onerror="alert(1)</a></p>\n',
    );
  });

  it('writes only allowed tags and attributes, whatever the input', () => {
    const hostile = [
      '<script>alert(1)</script>',
      '<style>body { display: none }</style>',
      '<iframe src="https://evil.example"></iframe>',
      '<div style="color: red" onclick="alert(1)">x</div>',
      '<svg onload=alert(1)>',
      '[x](javascript:alert(1) "t")',
      '![x](x" onerror="alert(1))',
      '<details><summary>Mere</summary>\n\nskjult *tekst*\n\n</details>',
      '| <b>x</b> | [y](javascript:1) |\n|---|---|\n| ![i](data:image/png;base64,AAAA) | `<i>` |',
      'Fodnote[^1]\n\n[^1]: <script>alert(1)</script>',
      '* <a href=/x onclick=alert(1)>a</a>',
    ].join('\n\n');
    const html = renderSafeMarkdown(hostile);
    expect(tagsIn(html).filter((t) => !ALLOWED_TAGS.has(t))).toEqual([]);
    expect(html).not.toMatch(/<(script|style|iframe|svg|img|details)\b/i);
    // Every "<" of the input is escaped, so any "<" left starts a tag this writer wrote.
    expect(html).not.toMatch(/<[^>]*\s(on[a-z]+|style|src)=/i);
    expect(html).toContain('&lt;div style="color: red" onclick="alert(1)"&gt;x&lt;/div&gt;');
    expect(html).not.toMatch(/href="(?!https?:|mailto:|\/[^/\\])/);
  });
});

describe('safeHref', () => {
  it('normalises what it keeps and refuses the rest', () => {
    expect(safeHref(' https://Example.dk/a b ')).toBe('https://example.dk/a%20b');
    expect(safeHref('/kommuner/101/')).toBe('/kommuner/101/');
    expect(safeHref('/a b')).toBeUndefined();
    expect(safeHref('ftp://example.dk/')).toBeUndefined();
    expect(safeHref('#anker')).toBeUndefined();
  });
});

describe('markdownText', () => {
  it('is the text alone, without markup, raw HTML or link targets, cut at a word', () => {
    const markdown = '# Logning\n\nVi **gemmer** logs i [90 dage](https://x.dk).\n\n<b>rå</b> ![Graf](/g.png)';
    expect(markdownText(markdown)).toBe('Logning Vi gemmer logs i 90 dage. rå Graf');
    expect(markdownText(markdown, 25)).toBe('Logning Vi gemmer logs i …');
  });
});
