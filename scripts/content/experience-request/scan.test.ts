import { describe, expect, it } from 'vitest';
import { scanNewFile } from './scan.ts';

const OPTIONS = {
  path: 'erfaringer/koebenhavn-test.mdx',
  displayDir: 'templates-library',
  workDomains: new Set(['kk.dk']),
  ownerCodes: new Set(['101']),
  today: '2026-11-30',
};
const MDX = (body: string) =>
  `---\ntitle: Test i Københavns Kommune\ncontact: anne.demo@kk.dk\n---\n\n## Det har virket\n\n${body}\n`;

describe('the content check on a file not yet written', () => {
  it('finds nothing in a clean text with a work address', () => {
    expect(scanNewFile(MDX('Skriv til anne.demo@kk.dk.'), OPTIONS)).toEqual([]);
  });

  it('reports CPR numbers, classification markings, private addresses and phone numbers as content check does', () => {
    const body = 'Testet med 070761-4285.\nFORTROLIGT\nSupport: hjaelp@backupfabrikken.dk\nRing på tlf. 12 34 56 79.';
    expect(
      scanNewFile(MDX(body), OPTIONS).map((p) => `${p.file}:${p.line}:${p.column} ${p.rule} ${p.severity}`),
    ).toEqual([
      'templates-library/erfaringer/koebenhavn-test.mdx:8:12 cpr-number error',
      'templates-library/erfaringer/koebenhavn-test.mdx:9:1 classification error',
      'templates-library/erfaringer/koebenhavn-test.mdx:10:10 private-email warning',
      'templates-library/erfaringer/koebenhavn-test.mdx:11:14 phone-number warning',
    ]);
  });
});
