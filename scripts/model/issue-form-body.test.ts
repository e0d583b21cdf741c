import { describe, expect, it } from 'vitest';
import { foldLabel, issueFormAnswers } from './issue-form-body.ts';

const LABELS = ['Kommune', 'Det har virket', 'Gode råd'];

describe('issueFormAnswers', () => {
  it('reads each known heading as a field, multi-line answers kept, "_No response_" empty', () => {
    const body =
      '### Kommune\r\n\r\n101 København\r\n\r\n### Det har virket\n\n- a\n- b\n\nMere.\n\n### Gode råd\n\n_No response_\n';
    expect([...issueFormAnswers(body, LABELS)]).toEqual([
      ['kommune', '101 København'],
      ['det har virket', '- a\n- b\n\nMere.'],
      ['gode råd', ''],
    ]);
  });

  it('keeps an unknown "### …" line inside the answer it was written in', () => {
    const body = '### Det har virket\n\nFør\n### Mine egne noter\nEfter\n\n### Kommune\n\n316 Holbæk';
    expect(issueFormAnswers(body, LABELS).get('det har virket')).toBe('Før\n### Mine egne noter\nEfter');
  });

  it('matches labels in any case and spacing, and keeps the first of a repeated label', () => {
    const body = '###   KOMMUNE  \n101\n### Kommune\n999';
    expect([...issueFormAnswers(body, LABELS)]).toEqual([['kommune', '101']]);
  });

  it('ignores text before the first known heading and returns no entry for absent labels', () => {
    const answers = issueFormAnswers('Indledning\n### Gode råd\n\nSpørg tidligt.', LABELS);
    expect([...answers]).toEqual([['gode råd', 'Spørg tidligt.']]);
  });

  it('folds labels the same way for lookup', () => {
    expect(foldLabel('  GitHub-brugernavn   (valgfrit) ')).toBe('github-brugernavn (valgfrit)');
  });
});
