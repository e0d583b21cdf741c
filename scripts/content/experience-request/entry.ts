/**
 * The form's answers turned into an experience: frontmatter values validated by the model's schema
 * (#model/library/experience.ts) and the body's sections. Every problem is a Danish sentence about a field of the
 * form, by the label the author sees, since the author never sees the file.
 */
import { asciiSlug } from '#model/ascii-slug.ts';
import { type ExperienceArea, experienceSchema, type Verdict } from '#model/library/experience.ts';
import {
  AREA_OPTIONS,
  AUDIENCE_OPTIONS,
  type ExperienceFormField,
  type ExperienceOwner,
  type FormOptions,
  optionValue,
  VERDICT_OPTIONS,
} from '#model/library/experience-form.ts';
import type { Audience } from '#model/tiers.ts';
import { type ExperienceForm, fieldLabel } from './form.ts';

/** The frontmatter of a requested experience, in the order the file lists it. */
export interface ExperienceFields {
  title: string;
  summary: string;
  product: string;
  vendor: string;
  area: ExperienceArea;
  owner: string;
  contact: string;
  in_use_since: string;
  verdict: Verdict;
  reviewed: string;
  audience: Audience;
}

/** A body section: its heading and the author's Markdown, with the form field it came from. */
export interface ExperienceSection {
  field: ExperienceFormField;
  heading: string;
  text: string;
}

export type BuiltExperience =
  | { ok: true; fields: ExperienceFields; sections: ExperienceSection[]; productSlug: string }
  | { ok: false; errors: string[] };

/** Longest product or vendor name, and summary, accepted: they are shown in lists and page titles. */
const MAX_NAME = 120;
const MAX_SUMMARY = 500;

/** Frontmatter key → the form field the value came from, for the schema's messages. */
const FIELD_OF_KEY: Partial<Record<keyof ExperienceFields, ExperienceFormField>> = {
  title: 'produkt',
  summary: 'resume',
  product: 'produkt',
  vendor: 'leverandoer',
  area: 'omraade',
  in_use_since: 'i-brug-siden',
  verdict: 'vurdering',
  audience: 'maalgruppe',
};

/**
 * Build the experience for `owner`, with `contact` (the author's registry e-mail) and `today` as `reviewed`.
 * Required fields are known to be present (the caller reports missing ones first).
 */
export function buildExperience(
  form: ExperienceForm,
  owner: ExperienceOwner,
  contact: string,
  today: string,
  ownerCodes: ReadonlySet<string>,
): BuiltExperience {
  const errors: string[] = [];
  const line = (text: string) => text.replace(/\s+/g, ' ').trim();
  const product = line(form.produkt);
  const vendor = line(form.leverandoer);
  const summary = line(form.resume);
  const productSlug = asciiSlug(product);
  const tooLong = (id: ExperienceFormField, value: string, max: number) => {
    if (value.length > max)
      errors.push(`«${fieldLabel(id)}» må højst være ${max} tegn langt (det er ${value.length}).`);
  };
  tooLong('produkt', product, MAX_NAME);
  tooLong('leverandoer', vendor, MAX_NAME);
  tooLong('resume', summary, MAX_SUMMARY);
  if (productSlug === '') {
    errors.push(`«${fieldLabel('produkt')}» skal indeholde bogstaver eller tal: navnet bliver en del af filnavnet.`);
  }
  const area = choose('omraade', AREA_OPTIONS, form.omraade, errors);
  const verdict = choose('vurdering', VERDICT_OPTIONS, form.vurdering, errors);
  const audience = choose('maalgruppe', AUDIENCE_OPTIONS, form.maalgruppe, errors);
  const inUseSince = month(form['i-brug-siden'], today, errors);
  if (errors.length > 0 || !area || !verdict || !audience || !inUseSince) return { ok: false, errors };
  const fields: ExperienceFields = {
    title: `${product} i ${owner.fullName}`,
    summary,
    product,
    vendor,
    area,
    owner: owner.code,
    contact,
    in_use_since: inUseSince,
    verdict,
    reviewed: today,
    audience,
  };
  // The model's schema has the last word (e.g. a vendor name without letters); its messages name the key.
  const parsed = experienceSchema({ ownerCodes }).safeParse(fields);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => {
        const field = FIELD_OF_KEY[issue.path[0] as keyof ExperienceFields];
        return field ? `«${fieldLabel(field)}»: ${issue.message}.` : `${issue.message}.`;
      }),
    };
  }
  const sections: ExperienceSection[] = [
    { field: 'virket', heading: 'Det har virket', text: form.virket },
    { field: 'ikke-virket', heading: 'Det har ikke virket', text: form['ikke-virket'] },
    { field: 'raad', heading: 'Gode råd', text: form.raad },
  ];
  return { ok: true, fields, sections: sections.filter((s) => s.text !== ''), productSlug };
}

/** The value of a dropdown's answer, or an error listing the form's options. */
function choose<T extends string>(
  id: ExperienceFormField,
  options: FormOptions<T>,
  answer: string,
  errors: string[],
): T | undefined {
  const value = optionValue(options, answer);
  if (value === undefined) {
    const list = options.map(([, text]) => `«${text}»`).join(', ');
    errors.push(`«${fieldLabel(id)}» skal være et af formularens valg (${list}), ikke «${echo(answer)}».`);
  }
  return value;
}

/** `YYYY-MM` from the "I brug siden" answer (`2022-3` is read as `2022-03`); not after this month. */
function month(answer: string, today: string, errors: string[]): string | undefined {
  const label = fieldLabel('i-brug-siden');
  const match = /^((?:19|20)\d{2})-(0?[1-9]|1[0-2])$/.exec(answer.trim());
  if (!match) {
    errors.push(`«${label}» skal være en måned skrevet som ÅÅÅÅ-MM, fx 2022-03, ikke «${echo(answer)}».`);
    return undefined;
  }
  const value = `${match[1]}-${(match[2] ?? '').padStart(2, '0')}`;
  if (value > today.slice(0, 7)) {
    errors.push(`«${label}» er ${value}, som ligger efter denne måned; skriv måneden, hvor I tog det i brug.`);
    return undefined;
  }
  return value;
}

/** At most one line of 60 characters of an answer, for messages. */
function echo(text: string): string {
  const first = text.replace(/\s+/g, ' ').trim();
  return first.length > 60 ? `${first.slice(0, 60)}…` : first;
}
