/** Test helper: the issue body GitHub renders from the "Del en skabelon" form. */
import { CONSENT_OPTIONS, TEMPLATE_FORM_FIELDS, type TemplateFormField } from '../form.ts';

/** The link GitHub writes when `name` is dropped into the «Word-fil» field (`origin` for a test server). */
export const attachmentMarkdown = (name: string, origin = 'https://github.com', id = 17012345) =>
  `[${name}](${origin}/user-attachments/files/${id}/${encodeURIComponent(name)})`;

/** A complete, valid request (fictitious). */
export const VALID_ANSWERS: Readonly<Record<TemplateFormField, string>> = {
  fil: attachmentMarkdown('Beredskabsplan.docx'),
  kategori: 'Beredskab',
  maalgruppe: 'Kun kernenetværket',
  beskrivelse: 'Fiktivt eksempel: en kort beredskabsplan for it-nedbrud.',
  samtykke: CONSENT_OPTIONS.map((c) => `- [X] ${c}`).join('\n'),
};

/** The body GitHub writes: `### <label>`, a blank line, the answer (`_No response_` when empty), a blank line. */
export function issueBody(changes: Partial<Record<TemplateFormField, string>> = {}): string {
  const answers = { ...VALID_ANSWERS, ...changes };
  return (Object.entries(TEMPLATE_FORM_FIELDS) as [TemplateFormField, string][])
    .map(([id, label]) => `### ${label}\n\n${answers[id] === '' ? '_No response_' : answers[id]}\n`)
    .join('\n');
}
