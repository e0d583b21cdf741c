/**
 * Danish text for people: what a mailing contains and who will get it (preview and dry run), what a run did, and
 * the Markdown summary KL approves on GitHub. Addresses appear only where someone must act on them (a refusal);
 * counts elsewhere.
 */
import { addDays, formatDate } from '#model/dates.ts';
import { TIER_NAMES } from '#model/tiers.ts';
import type { DeliveryReport } from './deliver.ts';
import type { Mailing } from './types.ts';

/** Who a mailing would reach now, for the preview and the dry run. */
export interface MailingAudience {
  recipients: number;
  /** Members of the tier left out by `nyhedsbrev: false` (newsletter only). */
  optedOut: number;
  alreadySent: number;
  uncertain: number;
  closed: boolean;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "1. november 2026 til og med 30. november 2026": a period ends the day before its `to`. */
const periodText = (period: Mailing['period']) =>
  `${formatDate(period.from)} til og med ${formatDate(addDays(period.to, -1))}`;

function title(mailing: Mailing): string {
  const what = mailing.kind === 'nyhedsbrev' ? 'Nyhedsbrev' : 'Varsel';
  return `${what} til ${TIER_NAMES[mailing.tier]} (${mailing.id})`;
}

/** A mailing's contents and audience as plain text lines. */
export function formatMailing(mailing: Mailing, audience: MailingAudience): string {
  const lines = [`${title(mailing)}`, `  emne: ${mailing.subject}`];
  if (mailing.kind === 'nyhedsbrev') lines.push(`  periode: ${periodText(mailing.period)}`);
  for (const section of mailing.sections) {
    lines.push(`  ${section.heading} (${section.items.length}):`);
    for (const item of section.items) lines.push(`    - ${item}`);
  }
  const optOut = mailing.kind === 'nyhedsbrev' ? ` (${audience.optedOut} har fravalgt nyhedsbrevet)` : '';
  lines.push(`  modtagere: ${audience.recipients}${optOut}`);
  if (audience.closed) lines.push('  allerede sendt til alle: afsluttet');
  else {
    const left = audience.recipients - audience.alreadySent - audience.uncertain;
    const done = audience.alreadySent > 0 ? `, allerede sendt til ${audience.alreadySent}` : '';
    const unsure = audience.uncertain > 0 ? `, ${audience.uncertain} med ukendt status` : '';
    lines.push(`  mangler: ${left}${done}${unsure}`);
  }
  return lines.join('\n');
}

/** What one run did for one mailing. */
export function formatDeliveryReport(report: DeliveryReport): string {
  if (report.closed) return `${report.id}: var allerede sendt til alle; intet sendt.`;
  const lines = [
    `${report.id}: sendt til ${report.sent.length} nu${report.alreadySent > 0 ? `, ${report.alreadySent} havde den i forvejen` : ''} (${report.total} modtagere).`,
  ];
  for (const failure of report.failed) lines.push(`  AFVIST  ${failure.email}: ${failure.error}`);
  for (const email of report.uncertain)
    lines.push(
      `  UKENDT  ${email}: en tidligere kørsel stoppede under afsendelsen; postserveren kan have mailen. ` +
        'Ikke sendt igen. Viser postserverens log, at den ikke kom frem, så kør igen med --retry-uncertain.',
    );
  if (report.notAttempted.length > 0) {
    const why = report.stopped ? 'kørslen blev stoppet' : 'forbindelsen til postserveren svigtede gentagne gange';
    lines.push(
      `  IKKE FORSØGT  ${plural(report.notAttempted.length, 'modtager', 'modtagere')}: ${why}. Kør kommandoen igen; de, der har fået mailen, får den ikke igen.`,
    );
  }
  return lines.join('\n');
}

/** The Markdown summary posted for KL's approval: subjects, periods, contents, recipients, and the text version. */
export function previewMarkdown(
  entries: readonly { mailing: Mailing; audience: MailingAudience }[],
  runUrl?: string,
): string {
  if (entries.length === 0) return 'Intet nyt i perioden: der sendes ikke noget nyhedsbrev.\n';
  const parts = ['## Nyhedsbrev til godkendelse', ''];
  parts.push(
    'Læs forhåndsvisningen herunder. Godkend udsendelsen ved at skrive `/godkend` som kommentar på sagen, så sendes præcis ' +
      'dette indhold. Skal noget rettes, så ret indholdet, og kør workflowet igen.',
  );
  if (runUrl) parts.push('', `HTML-udgaverne ligger som artefakt på kørslen: ${runUrl}`);
  for (const { mailing, audience } of entries) {
    parts.push('', `### ${TIER_NAMES[mailing.tier].charAt(0).toUpperCase()}${TIER_NAMES[mailing.tier].slice(1)}`, '');
    parts.push(`- Emne: **${mailing.subject}**`);
    parts.push(`- Periode: ${periodText(mailing.period)}`);
    parts.push(`- Modtagere: ${audience.recipients} (${audience.optedOut} har fravalgt nyhedsbrevet)`);
    for (const section of mailing.sections) parts.push(`- ${section.heading}: ${section.items.join('; ')}`);
    // A fence longer than any run of backticks in the text, so the text cannot end the code block.
    const longest = Math.max(0, ...[...mailing.text.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    parts.push(
      '',
      '<details><summary>Tekstudgaven</summary>',
      '',
      `${fence}text`,
      mailing.text.trimEnd(),
      fence,
      '',
      '</details>',
    );
  }
  return `${parts.join('\n')}\n`;
}
