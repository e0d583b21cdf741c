/**
 * Which served files may be kept by the member's browser, and how (names as Pagefind 1.6 writes them into
 * dist/<tier>/pagefind/), and the `If-None-Match` comparison.
 */
import { describe, expect, it } from 'vitest';
import { cacheKindFor } from './content-types.ts';
import { ifNoneMatchMatches } from './etag.ts';

describe('cacheKindFor', () => {
  it.each([
    // Named by a hash of their content: immutable.
    ['/pagefind/fragment/da_1f64e6d.pf_fragment', 'search-hashed'],
    ['/pagefind/index/da_951878f.pf_index', 'search-hashed'],
    ['/pagefind/filter/da_80fef19.pf_filter', 'search-hashed'],
    ['/pagefind/pagefind.da_501c248fb2.pf_meta', 'search-hashed'],
    ['/pagefind/fragment/unknown_0a1b2c3d.pf_fragment', 'search-hashed'],
    ['/pagefind/index/pt-br_951878f0.pf_index', 'search-hashed'],
    // Same name in every build: revalidated.
    ['/pagefind/pagefind-entry.json', 'revalidate'],
    ['/pagefind/pagefind.js', 'revalidate'],
    ['/pagefind/pagefind-worker.js', 'revalidate'],
    ['/pagefind/wasm.da.pagefind', 'revalidate'],
    ['/pagefind/wasm.unknown.pagefind', 'revalidate'],
    ['/pagefind/pagefind-ui.css', 'revalidate'],
    ['/pagefind/pagefind-component-ui.js', 'revalidate'],
    // Not Pagefind's hash shape (too short, not hex, wrong folder): revalidated, never immutable.
    ['/pagefind/fragment/da_c3d4.pf_fragment', 'revalidate'],
    ['/pagefind/fragment/da_zzzzzzz.pf_fragment', 'revalidate'],
    ['/pagefind/index/da_1f64e6d.pf_fragment', 'revalidate'],
    ['/pagefind/fragment/da_1f64e6d.pf_fragment.html', 'revalidate'],
    // Astro's hashed assets stay immutable; pages and downloads are never stored.
    ['/_astro/Base.DkeIXY3-.css', 'asset'],
    // The favicon is asked for on every page: revalidated like Pagefind's scripts.
    ['/favicon.svg', 'revalidate'],
    ['/_astro/index.html', 'no-store'],
    ['/', 'no-store'],
    ['/soeg/index.html', 'no-store'],
    ['/skabeloner/risikovurdering/risikovurdering.docx', 'no-store'],
    ['/fragment/da_1f64e6d.pf_fragment', 'no-store'],
  ])('%s → %s', (path, kind) => {
    expect(cacheKindFor(path)).toBe(kind);
  });
});

describe('ifNoneMatchMatches', () => {
  const tag = '"abc_DEF-123"';
  it.each([
    [undefined, false],
    ['', false],
    [tag, true],
    [`W/${tag}`, true],
    [`"x", ${tag}`, true],
    [`"x",${tag} , "y"`, true],
    ['*', true],
    ['"abc_DEF-12"', false],
    ['abc_DEF-123', false],
    ['"ABC_DEF-123"', false],
  ])('If-None-Match %j → %s', (header, matches) => {
    expect(ifNoneMatchMatches(header, tag)).toBe(matches);
  });
});
