import { describe, expect, it } from 'vitest';
import type { Municipality, Organisation } from '../types.ts';
import { resolveMunicipality } from './municipality-choice.ts';

const kl: Organisation = {
  name: 'KL',
  full_name: 'KL – Kommunernes Landsforening',
  domains: ['kl.dk'],
  tenant_ids: [],
};
const municipality = (code: string, name: string, full_name: string): Municipality => ({
  code,
  name,
  full_name,
  region: 'Region Hovedstaden',
  domains: [`${code}.dk`],
  tenant_ids: [],
  position: { file: 'registry/kommuner.yaml', line: 1, column: 1 },
  fields: {},
});
const kbh = municipality('101', 'København', 'Københavns Kommune');
const frb = municipality('147', 'Frederiksberg', 'Frederiksberg Kommune');
const registry = { kl, kommuner: [frb, kbh] };
const FIX =
  'Ret linjen under «Kommune» i sagen til kommunens kode og navn, som de står i formularens rulleliste, ' +
  'fx «101 København», så prøver robotten igen.';

describe('resolveMunicipality', () => {
  it.each([
    '101 København',
    '101',
    '  101   københavn ',
    '101 - Københavns Kommune',
    '101: København',
    'København',
    'KØBENHAVNS KOMMUNE',
  ])('reads «%s» as 101 København', (value) => {
    expect(resolveMunicipality(value, registry)).toEqual({ ok: true, kl: false, municipality: kbh });
  });

  it.each(['KL', 'kl', 'KL – Kommunernes Landsforening'])('reads «%s» as KL', (value) => {
    expect(resolveMunicipality(value, registry)).toEqual({ ok: true, kl: true });
  });

  it('refuses a name that two municipalities share, listing both', () => {
    const twin = municipality('999', 'København', 'Anden Kommune');
    expect(resolveMunicipality('København', { kl, kommuner: [kbh, twin] })).toEqual({
      ok: false,
      message: `Navnet «København» passer på flere kommuner (101 København, 999 København). ${FIX}`,
    });
  });

  it('refuses a name glued to the code, and cuts a long value short in the answer', () => {
    expect(resolveMunicipality('101København', registry)).toEqual({
      ok: false,
      message: `Kommunen «101København» findes ikke i registret. ${FIX}`,
    });
    expect(resolveMunicipality(`Kommune ${'x'.repeat(100)}`, registry)).toEqual({
      ok: false,
      message: `Kommunen «Kommune ${'x'.repeat(52)}…» findes ikke i registret. ${FIX}`,
    });
  });
});
