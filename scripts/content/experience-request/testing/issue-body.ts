/** Test helper: the issue body GitHub renders from the "Del en erfaring" form. */
import { EXPERIENCE_FORM_FIELDS, type ExperienceFormField } from '#model/library/experience-form.ts';

/** A complete, valid request from København (fictitious). */
export const VALID_ANSWERS: Readonly<Record<ExperienceFormField, string>> = {
  kommune: '101 København',
  produkt: 'Backupfabrikken Enterprise',
  leverandoer: 'Backupfabrikken A/S',
  omraade: 'Backup og gendannelse',
  'i-brug-siden': '2022-03',
  vurdering: 'Anbefales med forbehold',
  maalgruppe: 'Kun kernenetværket',
  resume: 'Fiktivt eksempel: backup af 400 servere\nmed uforanderlige kopier.',
  virket: '- Uforanderlige kopier på separat lager\n- Gendannelsestest hver måned',
  'ikke-virket': 'Licensmodellen var svær at gennemskue.',
  raad: '',
};

/** The body GitHub writes: `### <label>`, a blank line, the answer (`_No response_` when empty), a blank line. */
export function issueBody(changes: Partial<Record<ExperienceFormField, string>> = {}): string {
  const answers = { ...VALID_ANSWERS, ...changes };
  return (Object.entries(EXPERIENCE_FORM_FIELDS) as [ExperienceFormField, string][])
    .map(([id, label]) => `### ${label}\n\n${answers[id] === '' ? '_No response_' : answers[id]}\n`)
    .join('\n');
}
