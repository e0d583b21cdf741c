import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLibrary } from '../library/parse-library.ts';
import { scanText } from '../library/scan-text.ts';
import type { CheckContext } from './check-context.ts';
import { loadRegistryTexts } from './registry-texts.ts';
import { contentCheck, runCheck } from './run.ts';

const registryDir = path.join(import.meta.dirname, 'fixtures', 'registry');

const checkPrivateEmails = (ctx: CheckContext) => runCheck(contentCheck('private-email'), ctx);
const checkPhoneNumbers = (ctx: CheckContext) => runCheck(contentCheck('phone-number'), ctx);

/** A context whose library is one text and whose registry is the fixture registry. */
async function context(text: string): Promise<CheckContext> {
  const registry = await loadRegistryTexts(registryDir);
  const t = scanText('templates-library/drift/side.mdx', text, 'mdx');
  return {
    library: { ...parseLibrary([], { ownerCodes: registry.codes }), texts: [t] },
    registry,
    today: '2026-11-28',
  };
}
const where = (p: { file: string; line: number; column: number; severity: string }) =>
  `${p.file}:${p.line}:${p.column} ${p.severity}`;

describe('private-email', () => {
  const warning = (address: string) =>
    `E-mailadressen ${address} er ikke en kommunal adresse eller KL-adresse. Fjern den, eller brug en pladsholder som [e-mail] eller fornavn.efternavn@kommune.dk; er det en offentlig funktionsadresse, så skriv {/* offentlig-kontakt */} på samme linje.`;

  it('warns on private addresses in the library and accepts work domains, subdomains and placeholders', async () => {
    const text = [
      'Skriv til anne.demo@kk.dk, sekretariat@kl.dk eller it@sikkerhed.aarhus.dk.',
      'Pladsholdere: fornavn.efternavn@kommune.dk, navn@example.com, x@eksempel.dk, y@firma.test',
      'Privat: bo.eksempel@gmail.com og <carla.proeve@hotmail.dk>',
      'Datatilsynet: dt@datatilsynet.dk {/* offentlig-kontakt */}',
    ].join('\n');
    const problems = checkPrivateEmails(await context(text)).filter((p) => p.file.startsWith('templates-library'));
    expect(problems.map((p) => [where(p), p.rule, p.message])).toEqual([
      ['templates-library/drift/side.mdx:3:9 warning', 'private-email', warning('bo.eksempel@gmail.com')],
      ['templates-library/drift/side.mdx:3:35 warning', 'private-email', warning('carla.proeve@hotmail.dk')],
    ]);
  });

  it('makes a non-work address in the registry an error', async () => {
    const problems = checkPrivateEmails(await context('')).filter((p) => p.file.startsWith('registry'));
    expect(problems.map((p) => [where(p), p.message])).toEqual([
      [
        'registry/kommuner/101-koebenhavn.yaml:9:12 error',
        'E-mailadressen bo.eksempel@gmail.invalid er ikke en arbejdsadresse: domænet står ikke i registry/kommuner.yaml. Brug personens adresse i kommunen eller i KL.',
      ],
    ]);
  });
});

describe('phone-number', () => {
  const warning = (n: string) =>
    `Telefonnummeret ${n} ser ud til at tilhøre en person. Erstat det med en pladsholder som [telefonnummer]; er det et offentligt hovednummer, så skriv {/* offentlig-kontakt */} på samme linje.`;
  const cases: [string, string, number][] = [
    ['Ring på +45 21 43 65 87 i dag', '+45 21 43 65 87', 9],
    ['Mobil: 2143 6587', '2143 6587', 8],
    ['Kontakt 21 43 65 87', '21 43 65 87', 9],
    ['tlf. 21436587', '21436587', 6],
    ['0045 21436587', '0045 21436587', 1],
  ];
  it.each(cases)('warns on %j', async (text, number, column) => {
    const problems = checkPhoneNumbers(await context(text));
    expect(problems.map((p) => [where(p), p.rule, p.message])).toEqual([
      [`templates-library/drift/side.mdx:1:${column} warning`, 'phone-number', warning(number)],
    ]);
  });

  const clean = [
    'Sagsnummer 2143 6587',
    'Tlf. 12345678 og mobil 11 11 11 11',
    'Dato 01.02.2023 og beløb 21436587',
    'Kontonummer 21 43 65 87 90',
    'Hovednummer: 33 70 33 70 {/* offentlig-kontakt */}',
    'Tlf. [telefonnummer] eller +45 xx xx xx xx',
    'CPR 070761-4285 {/* syntetisk-cpr */}',
  ];
  it.each(clean)('accepts %j', async (text) => {
    expect(checkPhoneNumbers(await context(text))).toEqual([]);
  });
});
