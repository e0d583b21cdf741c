import { describe, expect, it } from 'vitest';
import { memberIndex } from '#model/registry-members.ts';
import { parseLibrary } from '../library/parse-library.ts';
import { scanText } from '../library/scan-text.ts';
import { findClassification } from './classification.ts';
import { contentCheck, runCheck } from './run.ts';

const MESSAGE = (level: string) =>
  `Materialet er mærket "${level}". Fortroligt materiale deles bilateralt mellem kommuner, aldrig i biblioteket: fjern indholdet, eller fjern mærkningen hvis materialet kun er til intern brug.`;

function check(text: string) {
  const t = scanText('templates-library/drift/side.mdx', text, 'mdx');
  const library = { ...parseLibrary([], { ownerCodes: new Set() }), texts: [t] };
  const registry = {
    texts: [],
    domains: new Set<string>(),
    municipalities: new Map(),
    codes: new Set<string>(),
    members: memberIndex([]),
    problems: [],
  };
  return runCheck(contentCheck('classification'), { library, registry, today: '2026-11-28' }).map((p) => [
    p.line,
    p.column,
    p.rule,
    p.severity,
    p.message,
  ]);
}

describe('classification', () => {
  const flagged: [string, number, number, string][] = [
    ['---\ntitle: X\nklassifikation: fortrolig\n---', 3, 1, 'klassifikation: fortrolig'],
    ['Klassifikation: Strengt fortrolig', 1, 1, 'klassifikation: strengt fortrolig'],
    ['**Klassifikation:** Fortroligt', 1, 3, 'klassifikation: fortroligt'],
    ['| Klassificering: hemmelig |', 1, 3, 'klassificering: hemmelig'],
    ['# Beredskabsplan\n\nFORTROLIGT', 3, 1, 'FORTROLIGT'],
    ['Side 1 – STRENGT FORTROLIGT', 1, 10, 'STRENGT FORTROLIGT'],
    ['HEMMELIGT: adgangskoder', 1, 1, 'HEMMELIGT'],
  ];
  it.each(flagged)('reports %j', (text, line, column, level) => {
    expect(check(text)).toEqual([[line, column, 'classification', 'error', MESSAGE(level)]]);
  });

  const clean = [
    'klassifikation: intern',
    'Klassifikation: [Intern/Fortrolig]',
    'Dokumenter mærkes "FORTROLIGT", når de indeholder personoplysninger.',
    'Niveauerne er `FORTROLIGT` og `HEMMELIGT`.',
    'Oplysningerne er fortrolige og må ikke videregives.',
    'Fortrolighed, integritet og tilgængelighed.',
  ];
  it.each(clean)('accepts %j', (text) => {
    expect(check(text)).toEqual([]);
  });

  it('reports a key-value marking once, not also as an upper-case marking', () => {
    expect(findClassification('Klassifikation: FORTROLIG').map((f) => f.level)).toEqual(['klassifikation: fortrolig']);
  });
});
