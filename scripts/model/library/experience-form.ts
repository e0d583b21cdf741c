/**
 * The "Del en erfaring" issue form (.github/ISSUE_TEMPLATE/del-en-erfaring.yml) as the code knows it: its fields'
 * ids and labels (GitHub writes each answer under a `### <label>` heading) and the option texts of the dropdowns
 * that come from the model. `registry issue-form` writes these options into the form and the request parser reads
 * them back, so the form, the parser and the model cannot drift apart.
 */
import { AUDIENCE_LABELS, type Audience } from '../tiers.ts';
import { EXPERIENCE_AREAS, type ExperienceArea, VERDICTS, type Verdict } from './experience.ts';

/** Path of the form, relative to the repository root. */
export const EXPERIENCE_FORM_FILE = '.github/ISSUE_TEMPLATE/del-en-erfaring.yml';

/** The label the form puts on its issues; the workflow acts only on issues that carry it. */
export const EXPERIENCE_ISSUE_LABEL = 'erfaring';

/** The form's fields: `id` in the form → its label, in form order. */
export const EXPERIENCE_FORM_FIELDS = {
  kommune: 'Kommune',
  produkt: 'Produkt eller løsning',
  leverandoer: 'Leverandør',
  omraade: 'Område',
  'i-brug-siden': 'I brug siden',
  vurdering: 'Vurdering',
  maalgruppe: 'Hvem må læse erfaringen?',
  resume: 'Kort resumé',
  virket: 'Det har virket',
  'ikke-virket': 'Det har ikke virket',
  raad: 'Gode råd',
} as const;
export type ExperienceFormField = keyof typeof EXPERIENCE_FORM_FIELDS;

/** Fields the form does not require; every other field is `required: true` in the form. */
export const OPTIONAL_EXPERIENCE_FIELDS: ReadonlySet<ExperienceFormField> = new Set(['raad']);

/** A dropdown's options: the value each option stands for, and the option's text in the form. */
export type FormOptions<T extends string> = readonly (readonly [value: T, text: string])[];

/** "Område": the areas' Danish labels, in EXPERIENCE_AREAS order. */
export const AREA_OPTIONS: FormOptions<ExperienceArea> = Object.entries(EXPERIENCE_AREAS) as [ExperienceArea, string][];

/** "Vurdering": the verdicts as the site writes them, with a capital first letter. */
export const VERDICT_OPTIONS: FormOptions<Verdict> = VERDICTS.map((v) => [v, v.charAt(0).toUpperCase() + v.slice(1)]);

/** "Hvem må læse erfaringen?": the audience labels every page shows, core only first (the default). */
export const AUDIENCE_OPTIONS: FormOptions<Audience> = [
  ['kerne', AUDIENCE_LABELS.kerne],
  ['alle', AUDIENCE_LABELS.alle],
];

/** The value of the option whose text is `text` (case and spacing ignored), or undefined for no option. */
export function optionValue<T extends string>(options: FormOptions<T>, text: string): T | undefined {
  const fold = (s: string) => s.replace(/\s+/g, ' ').trim().toLocaleLowerCase('da');
  return options.find(([, option]) => fold(option) === fold(text))?.[0];
}

/** The municipality an experience is shared for, as the registry names it. */
export interface ExperienceOwner {
  /** Three-digit code (the frontmatter's `owner`). */
  code: string;
  /** Short name, e.g. "København". */
  name: string;
  /** Official name, e.g. "Københavns Kommune" (the title says "… i Københavns Kommune"). */
  fullName: string;
  /** ASCII form of the short name, e.g. "koebenhavn": the start of the entry's file name. */
  slug: string;
}

/** Whether the issue's author may share an experience for the municipality the form names, and as whom. */
export type ExperienceAuthorDecision =
  | { ok: true; owner: ExperienceOwner; contact: { name: string; email: string } }
  | { ok: false; answer: string };

/**
 * What a request needs from the member registry, given by the caller (the content layer cannot read the
 * registry itself): the valid owner codes, the work e-mail domains, and the judgement on the issue's author.
 */
export interface ExperienceAuthority {
  ownerCodes: ReadonlySet<string>;
  workDomains: ReadonlySet<string>;
  /** Judge the author for the form's «Kommune» answer (non-empty, as written in the issue). */
  judge(municipality: string): ExperienceAuthorDecision;
}
