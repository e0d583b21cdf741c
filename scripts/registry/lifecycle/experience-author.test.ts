import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadOrThrow } from '../testing/temp-registry.ts';
import type { Registry } from '../types.ts';
import { experienceAuthority, judgeAuthor } from './experience-author.ts';

const FIXTURE = path.join(import.meta.dirname, '..', 'edit', 'fixtures', 'registry');
const FIX =
  'Ret linjen under «Kommune» i sagen til kommunens kode og navn, som de står i formularens rulleliste, ' +
  'fx «101 København», så prøver robotten igen.';

let registry: Registry;
beforeAll(async () => {
  registry = await loadOrThrow(FIXTURE);
});

const KOEBENHAVN = { code: '101', name: 'København', fullName: 'Københavns Kommune', slug: 'koebenhavn' };

describe('experience requests: who may share', () => {
  it('accepts a member of the chosen municipality, found by login in any case; the contact is their work e-mail', () => {
    expect(judgeAuthor(registry, 'dan-test', '101 København')).toEqual({
      ok: true,
      owner: KOEBENHAVN,
      contact: { name: 'Dan Test', email: 'dan.test@kk.dk' },
    });
    expect(judgeAuthor(registry, 'ANNE-DEMO', 'Københavns Kommune')).toEqual({
      ok: true,
      owner: KOEBENHAVN,
      contact: { name: 'Anne Demo', email: 'anne.demo@kk.dk' },
    });
    expect(judgeAuthor(registry, 'frida-fiktiv', '316 Holbæk')).toMatchObject({
      ok: true,
      owner: { code: '316', name: 'Holbæk', fullName: 'Holbæk Kommune', slug: 'holbaek' },
    });
  });

  it('refuses a member of another municipality, and says which one is theirs', () => {
    expect(judgeAuthor(registry, 'frida-fiktiv', '101 København')).toEqual({
      ok: false,
      answer:
        '@frida-fiktiv er medlem for 316 Holbæk, men sagen handler om 101 København. Du kan kun dele din egen kommunes erfaringer. ' +
        'Er erfaringen fra 316 Holbæk, så ret linjen under «Kommune» i sagen til «316 Holbæk», så prøver robotten igen. ' +
        'Er den fra København, så bed et medlem derfra om at dele den (kontaktperson: @anne-demo, @bo-eksempel).',
    });
  });

  it('refuses a login the registry does not know, and says how to get it into the registry', () => {
    expect(judgeAuthor(registry, 'ukendt-person', '316 Holbæk')).toEqual({
      ok: false,
      answer:
        '@ukendt-person står ikke i Sikkerhedsnets register med det GitHub-brugernavn, så erfaringen kan ikke deles automatisk: ' +
        'kun medlemmer kan dele deres egen kommunes erfaringer, og robotten finder medlemmet ud fra GitHub-brugernavnet. ' +
        'Er du medlem i Holbæk, så bed kommunens kontaktperson (@frida-fiktiv) om at skrive dit GitHub-brugernavn i registret ' +
        '(feltet github). Når ændringen er godkendt, kan du rette sagen, så prøver robotten igen.',
    });
  });

  it('names KL when the municipality has no roster and so no contact person', () => {
    expect(judgeAuthor(registry, 'ukendt-person', '147 Frederiksberg')).toMatchObject({
      ok: false,
      answer: expect.stringContaining('bed kommunens kontaktperson (KL) om'),
    });
  });

  it('refuses an admin, who is not a member of a municipality', () => {
    expect(judgeAuthor(registry, 'kl-admin-demo', '101')).toEqual({
      ok: false,
      answer:
        '@kl-admin-demo er administrator i KL, ikke medlem for 101 København, og en erfaring deles af kommunens egne medlemmer. ' +
        'Bed et medlem i København om at dele den (kontaktperson: @anne-demo, @bo-eksempel).',
    });
  });

  it('blames the value, not the person, for an unknown municipality, and explains KL', () => {
    expect(judgeAuthor(registry, 'anne-demo', '999 Andeby')).toEqual({
      ok: false,
      answer: `Kommunekoden «999» findes ikke i registret. ${FIX}`,
    });
    expect(judgeAuthor(registry, 'anne-demo', 'KL')).toEqual({
      ok: false,
      answer:
        'KL er ikke en kommune: en erfaring deles af den kommune, der bruger produktet eller løsningen. ' +
        'Ret linjen under «Kommune» i sagen til din egen kommune, så prøver robotten igen.',
    });
  });

  it('gives the owner codes and work domains of kommuner.yaml with the judgement', () => {
    const authority = experienceAuthority(registry, 'anne-demo');
    expect([...authority.ownerCodes]).toEqual(['101', '147', '316']);
    expect([...authority.workDomains]).toEqual(['kl.dk', 'kk.dk', 'frederiksberg.dk', 'holb.dk', 'holbaek.dk']);
    expect(authority.judge('101')).toMatchObject({ ok: true, contact: { email: 'anne.demo@kk.dk' } });
  });
});
