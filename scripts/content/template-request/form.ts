/**
 * The "Del en skabelon" issue form (.github/ISSUE_TEMPLATE/del-en-skabelon.yml) as the code knows it, and the issue
 * body read back into its answers. GitHub writes each answer under a `### <label>` heading; the answers are
 * untrusted text that the author can edit after the issue is opened.
 */
import { CATEGORIES, CATEGORY_LABELS, type Category } from '#model/categories.ts';
import { foldLabel, issueFormAnswers } from '#model/issue-form-body.ts';
import { AUDIENCE_OPTIONS, type FormOptions, optionValue } from '#model/library/experience-form.ts';
import type { Audience } from '#model/tiers.ts';

/** Path of the form, relative to the repository root. */
export const TEMPLATE_FORM_FILE = '.github/ISSUE_TEMPLATE/del-en-skabelon.yml';

/** The label the form puts on its issues; the workflow acts only on issues that carry it. */
export const TEMPLATE_ISSUE_LABEL = 'skabelon';

/** The form's fields: `id` in the form → its label, in form order. All are required. */
export const TEMPLATE_FORM_FIELDS = {
  fil: 'Word-fil',
  kategori: 'Kategori',
  maalgruppe: 'Hvem må læse skabelonen?',
  beskrivelse: 'Kort beskrivelse',
  samtykke: 'Før du deler',
} as const;
export type TemplateFormField = keyof typeof TEMPLATE_FORM_FIELDS;

/** "Kategori": the categories as the site shows them ("Hændelseshåndtering"), in display order. */
export const CATEGORY_OPTIONS: FormOptions<Category> = CATEGORIES.map((c) => [c, CATEGORY_LABELS[c]]);

/** "Før du deler": the statements the author must tick, in form order. */
export const CONSENT_OPTIONS = [
  'Skabelonen indeholder ingen CPR-numre, navne på borgere eller andre personoplysninger.',
  'Skabelonen er ikke klassificeret (fx «FORTROLIGT»), og min kommune må dele den med de andre kommuner i netværket.',
] as const;

/** Every field's answer as written in the issue; `''` for a field left empty or missing from the text. */
export type TemplateForm = Record<TemplateFormField, string>;

const FIELDS = Object.entries(TEMPLATE_FORM_FIELDS) as [TemplateFormField, string][];

/** Parse the issue body GitHub rendered from the form. */
export function parseTemplateForm(body: string): TemplateForm {
  const answers = issueFormAnswers(body, Object.values(TEMPLATE_FORM_FIELDS));
  return Object.fromEntries(FIELDS.map(([id, label]) => [id, answers.get(foldLabel(label)) ?? ''])) as TemplateForm;
}

/** The required fields left empty, in form order, by their labels. */
export function missingFields(form: TemplateForm): string[] {
  return FIELDS.filter(([id]) => form[id] === '').map(([, label]) => label);
}

/** The form's answers as the import needs them, or the Danish reasons they cannot be used. */
export type TemplateChoices =
  | { ok: true; category: Category; audience: Audience; description: string }
  | { ok: false; errors: string[] };

/** Map the dropdowns back to values and ensure every consent statement is ticked. */
export function readChoices(form: TemplateForm): TemplateChoices {
  const errors: string[] = [];
  const category = optionValue(CATEGORY_OPTIONS, form.kategori);
  if (category === undefined) {
    const valid = CATEGORY_OPTIONS.map(([, text]) => text).join(', ');
    errors.push(`«${TEMPLATE_FORM_FIELDS.kategori}»: «${form.kategori}» er ikke en kategori. Vælg en af: ${valid}.`);
  }
  const audience = optionValue(AUDIENCE_OPTIONS, form.maalgruppe);
  if (audience === undefined) {
    const valid = AUDIENCE_OPTIONS.map(([, text]) => `«${text}»`).join(' eller ');
    errors.push(`«${TEMPLATE_FORM_FIELDS.maalgruppe}»: «${form.maalgruppe}» er ikke et af valgene. Vælg ${valid}.`);
  }
  const ticked = tickedBoxes(form.samtykke);
  for (const statement of CONSENT_OPTIONS) {
    if (!ticked.has(fold(statement))) {
      errors.push(`«${TEMPLATE_FORM_FIELDS.samtykke}»: sæt kryds ved «${statement}»`);
    }
  }
  if (errors.length > 0 || category === undefined || audience === undefined) return { ok: false, errors };
  return { ok: true, category, audience, description: form.beskrivelse };
}

/** The texts of the ticked boxes (`- [X] text`, as GitHub writes a checked option), folded. */
function tickedBoxes(answer: string): Set<string> {
  const ticked = new Set<string>();
  for (const line of answer.split('\n')) {
    const box = /^\s*[-*]\s+\[[xX]\]\s+(.*)$/.exec(line);
    if (box) ticked.add(fold(box[1] ?? ''));
  }
  return ticked;
}

const fold = (s: string) => s.replace(/\s+/g, ' ').trim().toLocaleLowerCase('da');
