/**
 * The leak test for mail: a mailing for the broad tier must contain nothing core-only. The needles are the build's
 * (scripts/build/leak-needles.ts: core-only entries' titles, slugs, sentences, tags, vendors; core-only members'
 * names and addresses), matched the same way as in the built site. Preview and send both run it; a leak stops them.
 */
import { coreOnlyMemberNeedles, coreOnlyNeedles } from '../build/leak-needles.ts';
import { needlesIn } from '../build/leak-scan.ts';
import type { LibraryEntry } from '../library/types.ts';
import type { Mailing } from '../mail/types.ts';
import type { Registry } from '../registry/types.ts';

export interface MailLeak {
  id: string;
  needle: string;
}

/** Every core-only needle in a broad mailing's subject, HTML or text. */
export function mailLeaks(
  mailings: readonly Mailing[],
  entries: readonly LibraryEntry[],
  registry: Registry,
): MailLeak[] {
  const needles = [...new Set([...coreOnlyNeedles(entries), ...coreOnlyMemberNeedles(registry)])];
  return mailings
    .filter((m) => m.tier === 'bred')
    .flatMap((m) => needlesIn(`${m.subject}\n${m.html}\n${m.text}`, needles).map((needle) => ({ id: m.id, needle })));
}

/** The Danish refusal for leaks. */
export function formatMailLeaks(leaks: readonly MailLeak[]): string {
  const lines = leaks.map((l) => `  ${l.id}: "${l.needle}"`);
  return `Udsendelsen stoppes: mails til Databeskyttelse og Sikkerhed indeholder tekst, der kun er for kernenetværket:\n${lines.join('\n')}\nRet audience på indholdet, eller fjern henvisningen, og lav forhåndsvisningen igen.`;
}
