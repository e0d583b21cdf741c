/**
 * The "Kommune" answer of the access-request form, read back into a municipality. The form's dropdown writes
 * "101 København" (see ../issue-form.ts), but the issue text can be edited by hand afterwards, and older issues
 * carry a free-text code, so a value that names one municipality unambiguously is accepted too: a code alone
 * ("101"), the code and its name ("101 København", "101 - Københavns Kommune") or the name alone ("København",
 * "Københavns Kommune"). Anything else is refused with a message about the value, not about the person.
 */
import { municipalityOption, municipalityOptions } from '../issue-form.ts';
import type { Municipality, Registry } from '../types.ts';

/** The municipality the value names, KL, or the Danish answer that explains what is wrong with the value. */
export type MunicipalityChoice =
  | { ok: true; kl: false; municipality: Municipality }
  | { ok: true; kl: true }
  | { ok: false; message: string };

/** Longest part of the value echoed in an answer; the rest of a pasted paragraph is noise. */
const ECHO_MAX = 60;

/** Resolve the form's municipality value against kommuner.yaml. `value` is non-empty (missing fields come first). */
export function resolveMunicipality(value: string, registry: Pick<Registry, 'kommuner' | 'kl'>): MunicipalityChoice {
  const text = value.replace(/\s+/g, ' ').trim();
  const example = municipalityOptions(registry)[0];
  const fix =
    `Ret linjen under «Kommune» i sagen til kommunens kode og navn, som de står i formularens rulleliste, ` +
    `fx «${example}», så prøver robotten igen.`;
  const coded = /^(\d+)(?:[\s\-–:,.]+(.*))?$/.exec(text);
  if (coded) {
    const [, code = '', rest = ''] = coded;
    const municipality = registry.kommuner.find((k) => k.code === code);
    if (!municipality) return refuse(`Kommunekoden «${echo(code)}» findes ikke i registret. ${fix}`);
    if (rest !== '' && !names(municipality).includes(fold(rest))) {
      return refuse(
        `Kommunekoden «${code}» og navnet «${echo(rest)}» passer ikke sammen: ` +
          `${code} er ${municipality.name}. ${fix}`,
      );
    }
    return { ok: true, kl: false, municipality };
  }
  if (names(registry.kl).includes(fold(text))) return { ok: true, kl: true };
  const matches = registry.kommuner.filter((k) => names(k).includes(fold(text)));
  const [only] = matches;
  if (only && matches.length === 1) return { ok: true, kl: false, municipality: only };
  if (matches.length > 1) {
    const list = matches.map(municipalityOption).join(', ');
    return refuse(`Navnet «${echo(text)}» passer på flere kommuner (${list}). ${fix}`);
  }
  return refuse(`Kommunen «${echo(text)}» findes ikke i registret. ${fix}`);
}

/** The names a municipality (or KL) goes by, folded for comparison: "københavn", "københavns kommune". */
function names(organisation: { name: string; full_name: string }): string[] {
  return [fold(organisation.name), fold(organisation.full_name)];
}

function fold(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('da');
}

function echo(text: string): string {
  return text.length > ECHO_MAX ? `${text.slice(0, ECHO_MAX)}…` : text;
}

function refuse(message: string): MunicipalityChoice {
  return { ok: false, message };
}
