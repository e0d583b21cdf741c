import { describe, expect, it } from 'vitest';
import { missingFields, parseExperienceForm } from './form.ts';
import { issueBody, VALID_ANSWERS } from './testing/issue-body.ts';

describe('the "Del en erfaring" issue body', () => {
  it('reads every field by its label, empty optional fields as ""', () => {
    expect(parseExperienceForm(issueBody())).toEqual(VALID_ANSWERS);
    expect(missingFields(parseExperienceForm(issueBody()))).toEqual([]);
  });

  it('lists the required fields that are empty or missing, in form order; "Gode råd" is optional', () => {
    const form = parseExperienceForm(issueBody({ produkt: '', 'ikke-virket': '' }).replace('### Område', '### Omr'));
    expect(missingFields(form)).toEqual(['produkt', 'omraade', 'ikke-virket']);
  });

  it('keeps a "### …" heading the author wrote inside a text field', () => {
    const form = parseExperienceForm(issueBody({ virket: 'Kort sagt:\n\n### Opsætning\n\nTo lagre.' }));
    expect(form.virket).toBe('Kort sagt:\n\n### Opsætning\n\nTo lagre.');
  });
});
