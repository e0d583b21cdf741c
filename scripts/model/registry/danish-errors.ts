import type { z } from 'zod';

const typeNames: Record<string, string> = {
  string: 'tekst',
  number: 'et tal',
  boolean: 'true eller false',
  array: 'en liste',
  object: 'felter (nøgle: værdi)',
};

/**
 * Per-parse zod error map: Danish text for issues whose schema carries no field-specific message.
 * Field messages set in `schema/*.ts` take precedence over this.
 */
export function danishFallback(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `forventede ${typeNames[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return `ugyldig værdi; tilladt er: ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      return `for få elementer eller for lille værdi (mindst ${String(issue.minimum)})`;
    case 'too_big':
      return `for mange elementer eller for stor værdi (højst ${String(issue.maximum)})`;
    default:
      return 'ugyldig værdi';
  }
}
