/**
 * What the mail concern passes between its parts: a mailing (one newsletter issue or one alert, rendered for one
 * tier) and its recipients. A mailing is plain data, so the preview KL approves can be written to a file and the
 * very same mailing sent later (`npm run newsletter -- send --issue FILE`).
 */
import type { Tier } from '#model/tiers.ts';

/** `nyhedsbrev`: the monthly newsletter; `varsel`: one news item marked `varsel: true`. */
export type MailingKind = 'nyhedsbrev' | 'varsel';

/** One section of a mailing as the preview lists it: a heading and the titles under it. */
export interface MailingSection {
  heading: string;
  items: string[];
}

/** One newsletter issue or alert for one tier, rendered. */
export interface Mailing {
  /** Stable id and ledger file name: `nyhedsbrev-2026-12-01-kerne`, `varsel-<slug>-bred`. */
  id: string;
  kind: MailingKind;
  tier: Tier;
  subject: string;
  html: string;
  text: string;
  /**
   * The newsletter's period: from `from` up to, not including, `to`, the day the issue was made (`YYYY-MM-DD`); the
   * next issue starts at `to`. Alerts: the news date twice.
   */
  period: { from: string; to: string };
  /** What it contains, for the preview and the dry run. */
  sections: MailingSection[];
  /** sha256 of subject, HTML and text: a mailing whose content changed is never continued under the same id. */
  digest: string;
}

/** Someone a mailing goes to. */
export interface Recipient {
  /** Lower-case work e-mail. */
  email: string;
  name: string;
  /** Three-digit municipality code, or `KL`. */
  municipality: string;
}
