/**
 * The leak test for mail: every mail the broad tier can get from the fixture library (the newsletter over all
 * time, every alert) holds none of the core-only needles the site's leak test uses; the same mails composed for
 * the core tier, as a negative control, hold them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { coreOnlyNeedles } from '../build/leak-needles.ts';
import type { LibraryEntry, NewsEntry } from '../library/types.ts';
import { composeAlert, composeNewsletter } from '../mail/compose.ts';
import { fixtureSources } from '../mail/testing/fixture-sources.ts';
import type { Mailing } from '../mail/types.ts';
import type { Registry } from '../registry/types.ts';
import { mailLeaks } from './newsletter-leaks.ts';

const ALL_TIME = { from: '2000-01-01', to: '2026-11-30' };
let entries: LibraryEntry[];
let registry: Registry;
let broad: Mailing[];
let core: Mailing[];

beforeAll(async () => {
  const sources = await fixtureSources();
  ({ entries, registry } = sources);
  const alerts = entries.filter((e): e is NewsEntry => e.kind === 'news' && e.data.varsel);
  const mailings = [
    composeNewsletter(sources.context, 'bred', ALL_TIME),
    composeNewsletter(sources.context, 'kerne', ALL_TIME),
    ...alerts.flatMap((a) => composeAlert(sources.context, a)),
  ].filter((m): m is Mailing => m !== undefined);
  broad = mailings.filter((m) => m.tier === 'bred');
  core = mailings.filter((m) => m.tier === 'kerne');
});

describe('leak test: mail to the broad tier never contains core-only content', () => {
  it('covers the newsletter and the shared alert for the broad tier, and the core-only alert only for the core', () => {
    expect(broad.map((m) => m.id)).toEqual(['nyhedsbrev-2026-11-30-bred', 'varsel-varsel-falsk-opkald-bred']);
    expect(core.map((m) => m.id)).toEqual([
      'nyhedsbrev-2026-11-30-kerne',
      'varsel-kerne-varsel-pumpestation-kerne',
      'varsel-varsel-falsk-opkald-kerne',
    ]);
    expect(coreOnlyNeedles(entries)).toContain(
      'Lilla flamingoer overvåger fjernadgangen til pumpestationerne i Kerteminde hver nat.',
    );
  });

  it('finds no needle in any broad mail', () => {
    expect(mailLeaks(broad, entries, registry)).toEqual([]);
  });

  it('finds the needles when core mails are passed off as broad ones (negative control)', () => {
    const leaks = mailLeaks(
      core.map((m) => ({ ...m, tier: 'bred' as const })),
      entries,
      registry,
    );
    const found = (id: string) => leaks.filter((l) => l.id === id).map((l) => l.needle);
    expect(found('nyhedsbrev-2026-11-30-kerne')).toEqual(
      expect.arrayContaining([
        'Fortroligt risikoregister for kritisk infrastruktur',
        'Hemmelig beredskabsplan for cyberangreb',
        'risikoregister-kerne',
        'Varsel om angreb på styringen af pumpestationer',
        'Arkivboksen i Københavns Kommune',
      ]),
    );
    expect(found('varsel-kerne-varsel-pumpestation-kerne')).toEqual(
      expect.arrayContaining([
        'Varsel om angreb på styringen af pumpestationer',
        'Lilla flamingoer overvåger fjernadgangen til pumpestationerne i Kerteminde hver nat.',
      ]),
    );
    expect(found('varsel-varsel-falsk-opkald-kerne')).toEqual([]);
  });
});
