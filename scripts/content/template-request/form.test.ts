import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORY_LABELS } from '#model/categories.ts';
import { AUDIENCE_LABELS } from '#model/tiers.ts';
import { readIssueForm } from '../../github/testing/workflow-yaml.ts';
import {
  CATEGORY_OPTIONS,
  CONSENT_OPTIONS,
  missingFields,
  parseTemplateForm,
  readChoices,
  TEMPLATE_FORM_FIELDS,
  TEMPLATE_FORM_FILE,
  TEMPLATE_ISSUE_LABEL,
} from './form.ts';
import { issueBody, VALID_ANSWERS } from './testing/issue-body.ts';

const _ROOT = path.resolve(import.meta.dirname, '../../..');
const form = readIssueForm(TEMPLATE_FORM_FILE);

describe('the "Del en skabelon" form', () => {
  it('has the fields the parser reads, all required, labelled for the workflow', () => {
    expect([form.name, form.labels]).toEqual(['Del en skabelon', [TEMPLATE_ISSUE_LABEL]]);
    const fields = form.body.filter((b) => b.type !== 'markdown');
    expect(fields.map((b) => [b.id, b.attributes.label])).toEqual(Object.entries(TEMPLATE_FORM_FIELDS));
    expect(fields.filter((b) => b.type !== 'checkboxes' && b.validations?.required !== true)).toEqual([]);
    // A textarea with `render:` shows a code block and takes no attachments.
    expect(fields.filter((b) => b.attributes.render !== undefined)).toEqual([]);
    expect(fields.map((b) => b.type)).toEqual(['textarea', 'dropdown', 'dropdown', 'textarea', 'checkboxes']);
  });

  it('offers the categories as the site shows them, the two audiences, and the consent lines, all required', () => {
    const field = (id: string) => form.body.find((b) => b.id === id)?.attributes;
    expect(field('kategori')?.options).toEqual(Object.values(CATEGORY_LABELS));
    expect(field('kategori')?.options).toEqual(CATEGORY_OPTIONS.map(([, text]) => text));
    expect(field('maalgruppe')).toMatchObject({ options: [AUDIENCE_LABELS.kerne, AUDIENCE_LABELS.alle], default: 0 });
    expect(field('samtykke')?.options).toEqual(CONSENT_OPTIONS.map((label) => ({ label, required: true })));
  });
});

describe('parseTemplateForm and readChoices', () => {
  it('reads a valid body into the import’s values', () => {
    const parsed = parseTemplateForm(issueBody({ kategori: 'Hændelseshåndtering', maalgruppe: AUDIENCE_LABELS.alle }));
    expect(parsed.fil).toBe(VALID_ANSWERS.fil);
    expect(missingFields(parsed)).toEqual([]);
    expect(readChoices(parsed)).toEqual({
      ok: true,
      category: 'hændelseshåndtering',
      audience: 'alle',
      description: VALID_ANSWERS.beskrivelse,
    });
  });

  it('names the empty fields by their labels', () => {
    expect(missingFields(parseTemplateForm(issueBody({ fil: '', beskrivelse: '' })))).toEqual([
      'Word-fil',
      'Kort beskrivelse',
    ]);
  });

  it('refuses an edited category or audience and an unticked consent line, saying what to choose', () => {
    const parsed = parseTemplateForm(
      issueBody({
        kategori: 'Sikkerhed',
        maalgruppe: 'Alle',
        samtykke: `- [X] ${CONSENT_OPTIONS[0]}\n- [ ] ${CONSENT_OPTIONS[1]}`,
      }),
    );
    expect(readChoices(parsed)).toEqual({
      ok: false,
      errors: [
        '«Kategori»: «Sikkerhed» er ikke en kategori. Vælg en af: Risikostyring, Beredskab, Politikker, ' +
          'Hændelseshåndtering, Leverandørstyring, Databeskyttelse, Awareness, Drift, Ledelse.',
        '«Hvem må læse skabelonen?»: «Alle» er ikke et af valgene. Vælg «Kun kernenetværket» eller «Også for ' +
          'Databeskyttelse og Sikkerhed».',
        `«Før du deler»: sæt kryds ved «${CONSENT_OPTIONS[1]}»`,
      ],
    });
  });
});
