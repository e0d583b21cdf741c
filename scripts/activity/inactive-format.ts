/**
 * The contact persons' list of inactive members (inactive.ts) as Danish Markdown for the municipality's reminder, CSV
 * for Excel or JSON. It names people: for that municipality's contact persons only, never for an issue.
 */
import { ACTIVITY_RETENTION_MONTHS } from '#model/activity.ts';
import { toCsv } from '#model/csv.ts';
import { formatDate } from '#model/dates.ts';
import type { InactiveList } from './inactive.ts';
import type { ReportFormat } from './report-format.ts';
import { table } from './report-format.ts';

const lastSeenText = (list: InactiveList, day: string | null) =>
  day === null ? `ikke set siden ${formatDate(list.keptFrom)}` : formatDate(day);

export function inactiveMarkdown(list: InactiveList): string {
  const contacts = list.contacts.map((c) => `${c.name} (${c.email})`).join(', ') || 'ingen kontaktperson i registret';
  const parts = [
    `# Medlemmer i ${list.name}, der ikke har været på Sikkerhedsnet i over ${list.months} måneder`,
    '> Fortroligt: listen nævner personer og er kun til kommunens kontaktpersoner. Den må ikke lægges i en sag, en diskussion eller andre steder, hvor andre kan læse den.',
    `Til: ${contacts}. Opgjort ${formatDate(list.today)}: ${list.inactive.length} af kommunens ${list.members} medlemmer har ikke åbnet en side siden ${formatDate(list.since)}. Medlemmer, der er optaget senere, er ikke med.`,
    list.inactive.length === 0
      ? 'Ingen: alle kommunens medlemmer har været på siden i perioden.'
      : table(
          ['Navn', 'E-mail', 'Sidst set'],
          list.inactive.map((m) => [m.name, m.email, lastSeenText(list, m.lastSeen)]),
        ),
    `Aktivitet gemmes kun i ${ACTIVITY_RETENTION_MONTHS} måneder, så "ikke set siden ${formatDate(list.keptFrom)}" kan også betyde, at personen aldrig har været på siden. Spørg ved næste genbekræftelse, om de stadig skal være medlemmer.`,
  ];
  return `${parts.join('\n\n')}\n`;
}

export function inactiveCsv(list: InactiveList, separator: ';' | ','): string {
  return toCsv(
    ['kommunekode', 'navn', 'email', 'sidst_set'],
    list.inactive.map((m) => [list.code, m.name, m.email, m.lastSeen ?? '']),
    separator,
  );
}

export function formatInactive(list: InactiveList, format: ReportFormat, separator: ';' | ','): string {
  if (format === 'json') return `${JSON.stringify(list, null, 2)}\n`;
  if (format === 'csv') return inactiveCsv(list, separator);
  return inactiveMarkdown(list);
}
