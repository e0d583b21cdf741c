/**
 * The "Del en erfaring" issue read back into its fields. GitHub writes each answer under the field's label
 * (#model/library/experience-form.ts keeps the labels the form uses); the answers are untrusted text.
 */
import { foldLabel, issueFormAnswers } from '#model/issue-form-body.ts';
import {
  EXPERIENCE_FORM_FIELDS,
  type ExperienceFormField,
  OPTIONAL_EXPERIENCE_FIELDS,
} from '#model/library/experience-form.ts';

/** Every field's answer as written in the issue; `''` for a field left empty or missing from the text. */
export type ExperienceForm = Record<ExperienceFormField, string>;

const FIELDS = Object.entries(EXPERIENCE_FORM_FIELDS) as [ExperienceFormField, string][];

/** Parse the issue body GitHub rendered from the form. */
export function parseExperienceForm(body: string): ExperienceForm {
  const answers = issueFormAnswers(body, Object.values(EXPERIENCE_FORM_FIELDS));
  return Object.fromEntries(FIELDS.map(([id, label]) => [id, answers.get(foldLabel(label)) ?? ''])) as ExperienceForm;
}

/** The required fields left empty, in form order. */
export function missingFields(form: ExperienceForm): ExperienceFormField[] {
  return FIELDS.map(([id]) => id).filter((id) => !OPTIONAL_EXPERIENCE_FIELDS.has(id) && form[id] === '');
}

/** The Danish label of a field, as the form shows it. */
export function fieldLabel(id: ExperienceFormField): string {
  return EXPERIENCE_FORM_FIELDS[id];
}
