/**
 * An alert (a news item with `varsel: true`) as subject, HTML and plain text: the whole item, not only a link, so
 * a member reads it on the phone without logging in; "Varsel:" first in the subject, and the authority KL passes
 * the message on from (`kilde`) in a banner.
 */
import { formatDate } from '#model/dates.ts';
import { TIER_NAMES, type Tier } from '#model/tiers.ts';
import type { NewsEntry } from '../library/types.ts';
import { escapeHtml, mailHref } from './escape.ts';
import { mailHtml, mailText } from './mail-layout.ts';
import { STYLE } from './mail-style.ts';
import { bodyHtml, bodyText, parseBody } from './markdown-mail.ts';
import type { RenderedMail } from './render-newsletter.ts';

export interface AlertRender {
  entry: Pick<NewsEntry, 'body' | 'url'> & { data: Pick<NewsEntry['data'], 'title' | 'summary' | 'date' | 'kilde'> };
  tier: Tier;
  siteUrl: string;
  klEmail: string;
}

/** The banner line: who sends the alert. */
export function alertSender(kilde: string | undefined): string {
  return kilde ? `Varsel fra KL – videresendt fra ${kilde}` : 'Varsel fra KL';
}

export function renderAlert(input: AlertRender): RenderedMail {
  const { data, body, url } = input.entry;
  const subject = `Varsel: ${data.title}`;
  const link = mailHref(url, input.siteUrl) ?? input.siteUrl;
  const tree = parseBody(body);
  const sender = alertSender(data.kilde);
  const forwarded = data.kilde
    ? `KL sender denne meddelelse fra ${data.kilde} videre til kommunernes sikkerhedsfolk, så den når frem i tide.`
    : undefined;
  const label = `Varsel · ${TIER_NAMES[input.tier].charAt(0).toUpperCase()}${TIER_NAMES[input.tier].slice(1)}`;
  const contentHtml = [
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 18px 0"><tr><td style="${STYLE.banner}"><strong>${escapeHtml(sender)}</strong>${forwarded ? `<br>${escapeHtml(forwarded)}` : ''}</td></tr></table>`,
    `<h1 style="${STYLE.h1}">${escapeHtml(data.title)}</h1>`,
    `<p style="${STYLE.muted}">${escapeHtml(formatDate(data.date))}</p>`,
    `<p style="${STYLE.p}"><strong>${escapeHtml(data.summary)}</strong></p>`,
    bodyHtml(tree, input.siteUrl),
    `<p style="${STYLE.p};margin-top:20px"><a href="${escapeHtml(link)}" style="${STYLE.button}">Læs varslet på Sikkerhedsnet</a></p>`,
  ].join('\n');
  const footer = [
    `Du får varslet, fordi du er medlem af ${TIER_NAMES[input.tier]} i Sikkerhedsnet. Varsler sendes til alle medlemmer, også dem, der har fravalgt nyhedsbrevet.`,
    `Spørgsmål til varslet: skriv til KL på ${input.klEmail}.`,
  ];
  const html = mailHtml({ subject, preheader: data.summary, label, contentHtml, footer });
  const content = [
    sender.toUpperCase(),
    ...(forwarded ? [forwarded] : []),
    data.title,
    formatDate(data.date),
    data.summary,
    bodyText(tree, input.siteUrl),
    `Læs varslet på Sikkerhedsnet: ${link}`,
  ].join('\n\n');
  return { subject, html, text: mailText(label, content, footer) };
}
