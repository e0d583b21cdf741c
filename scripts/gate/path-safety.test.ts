import { describe, expect, it } from 'vitest';
import { MAX_URL_LENGTH, parseRequestPath, pathForLog } from './path-safety.ts';

describe('parseRequestPath', () => {
  it('decodes a plain path once and drops the query', () => {
    expect(parseRequestPath('/skabeloner/risiko%C3%A6/?q=%2F')).toEqual({ ok: true, path: '/skabeloner/risikoæ/' });
    expect(parseRequestPath('/')).toEqual({ ok: true, path: '/' });
  });

  it.each([
    ['/../secret.txt', 'dot-segment'],
    ['/skabeloner/..', 'dot-segment'],
    ['/./index.html', 'dot-segment'],
    ['/%2e%2e/secret.txt', 'dot-segment'],
    ['/%2E%2e/secret.txt', 'dot-segment'],
    ['/.%2e/secret.txt', 'dot-segment'],
    ['/skabeloner%2f..%2fsecret.txt', 'encoded-separator'],
    ['/skabeloner%2F%2E%2E%2Fsecret.txt', 'encoded-separator'],
    ['/%5c..%5csecret.txt', 'encoded-separator'],
    ['/skabeloner\\..\\secret.txt', 'forbidden-character'],
    ['/index.html\u0000.css', 'forbidden-character'],
    ['/index.html%00.css', 'encoded-separator'],
    ['/x%0a', 'forbidden-character'],
    ['//evil.example/x', 'double-slash'],
    ['/skabeloner//risikovurdering/', 'double-slash'],
    ['/%', 'bad-encoding'],
    ['/%c0%ae%c0%ae/secret.txt', 'bad-encoding'],
    ['skabeloner/', 'not-absolute'],
    ['http://evil.example/', 'not-absolute'],
  ])('refuses %j (%s) with 400', (url, reason) => {
    expect(parseRequestPath(url)).toEqual({ ok: false, status: 400, reason });
  });

  it('refuses over-long URLs with 414 and accepts the maximum', () => {
    expect(parseRequestPath(`/${'a'.repeat(MAX_URL_LENGTH)}`)).toEqual({ ok: false, status: 414, reason: 'too-long' });
    expect(parseRequestPath(`/${'a'.repeat(MAX_URL_LENGTH - 1)}`)).toEqual({
      ok: true,
      path: `/${'a'.repeat(MAX_URL_LENGTH - 1)}`,
    });
  });
});

describe('pathForLog', () => {
  it('drops the query and replaces control characters and spaces', () => {
    expect(pathForLog('/auth/callback?code=secret&state=x')).toBe('/auth/callback');
    expect(pathForLog('/a b\u0000c')).toBe('/a?b?c');
  });
});
