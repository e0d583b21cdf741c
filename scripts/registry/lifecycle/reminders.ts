/**
 * The weekly reminders: one Markdown text per municipality with members whose confirmation expires soon or has
 * expired, mentioning the municipality's contact persons. The first line is the issue title.
 */
import type { Registry } from '../types.ts';
import { type DueMember, dueMembers } from './expiry.ts';

export interface Reminder {
  municipality: string;
  /** Issue title; stable per municipality so the workflow edits the open issue instead of adding one. */
  title: string;
  body: string;
}

/** Reminders for `today`, one per municipality that has due members, in code order. */
export function reconfirmationReminders(registry: Registry, today: string): Reminder[] {
  const byCode = new Map<string, DueMember[]>();
  for (const due of dueMembers(registry, today)) {
    const list = byCode.get(due.roster.municipality) ?? [];
    list.push(due);
    byCode.set(due.roster.municipality, list);
  }
  return [...byCode.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, due]) => {
      const municipality = registry.kommuner.find((k) => k.code === code);
      const roster = due[0]?.roster;
      const contacts = roster?.members.filter((m) => m.contact) ?? [];
      const mention =
        contacts.map((c) => (c.github ? `@${c.github}` : c.name)).join(', ') || 'KL (kommunen har ingen kontaktperson)';
      const rows = due
        .sort((a, b) => a.expires.localeCompare(b.expires) || a.member.name.localeCompare(b.member.name, 'da'))
        .map(
          (d) =>
            `| ${d.member.name} | ${d.member.email} | ${d.member.tier} | ${d.expires} | ${d.daysLeft < 0 ? `udløbet for ${-d.daysLeft} dage siden` : `om ${d.daysLeft} dage`} |`,
        );
      const body = [
        `Til kontaktpersonerne: ${mention}`,
        '',
        `Disse medlemmer i ${code} ${municipality?.name ?? ''} skal genbekræftes. Bekræftelsen gælder ${registry.policy.reconfirm_months} måneder.`,
        '',
        '| Navn | E-mail | Niveau | Udløber | Status |',
        '| --- | --- | --- | --- | --- |',
        ...rows,
        '',
        `Sådan gør I: er personen stadig ansat og skal have adgang, så sæt \`confirmed\` til dagens dato i \`${roster?.file ?? ''}\``,
        `(eller kør \`npm run registry -- confirm --email E-MAIL --by DIN-E-MAIL\`). Skal personen ikke længere have adgang,`,
        'så fjern personen fra filen. Medlemmer, hvis bekræftelse har været udløbet i mere end',
        `${registry.policy.grace_days} dage, foreslås fjernet automatisk.`,
      ].join('\n');
      return {
        municipality: code,
        title: `Genbekræftelse af medlemmer: ${code} ${municipality?.name ?? ''}`.trim(),
        body,
      };
    });
}
