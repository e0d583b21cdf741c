import { describe, expect, it } from 'vitest';
import { safeReturnTo } from './return-to.ts';

describe('safeReturnTo', () => {
  it.each([
    ['/skabeloner/risikovurdering/', '/skabeloner/risikovurdering/'],
    ['/soeg/?q=beredskab', '/soeg/?q=beredskab'],
    ['/soeg/?q=//evil.example', '/soeg/?q=//evil.example'],
  ])('keeps the relative path %j', (input, expected) => {
    expect(safeReturnTo(input)).toBe(expected);
  });

  it.each([
    null,
    undefined,
    '',
    '//evil.example/',
    '///evil.example/',
    '/\\evil.example/',
    '/\\/evil.example/',
    'https://evil.example/',
    'javascript:alert(1)',
    'evil.example/x',
    ' /skabeloner/',
    '/skabeloner/\n',
    '/\tevil',
    `/${'a'.repeat(2048)}`,
  ])('falls back to "/" for %j', (input) => {
    expect(safeReturnTo(input)).toBe('/');
  });
});
