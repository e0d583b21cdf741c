/**
 * A newsletter issue as subject, HTML and plain text. Every item links into the site; the reader logs in through
 * the gate, so the mail itself carries only titles, summaries and facts the tier may see anyway.
 */
import { addDays, formatDate, formatMonth } from '#model/dates.ts';
import { TIER_NAMES, type Tier } from '#model/tiers.ts';
import { escapeHtml, mailHref } from './escape.ts';
import { mailHtml, mailText } from './mail-layout.ts';
import { STYLE } from './mail-style.ts';
import type { NewsletterSection } from './newsletter-content.ts';

export interface NewsletterRender {
  tier: Tier;
  period: { from: string; to: string };
  sections: readonly NewsletterSection[];
  /** The site's public address, e.g. https://sikkerhedsnet.kl.dk. */
  siteUrl: string;
  /** KL's secretariat address (kommuner.yaml `kl.email`): unsubscribe and questions. */
  klEmail: string;
}

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}

const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "3 nyheder, 2 nye skabeloner og 1 mødereferat": the preheader. */
function countLine(sections: readonly NewsletterSection[]): string {
  const parts = sections.map((s) => `${s.items.length} × ${s.heading.toLowerCase()}`);
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} og ${parts.at(-1)}`;
}

/** The footer of a newsletter: why the reader gets it and how to stop it. */
export function newsletterFooter(tier: Tier, klEmail: string): string[] {
  return [
    `Du får nyhedsbrevet, fordi du er medlem af ${TIER_NAMES[tier]} i Sikkerhedsnet, KL's netværk for informationssikkerhed i kommunerne. Linkene kræver, at du logger ind med din kommunes arbejdskonto.`,
    `Vil du ikke have nyhedsbrevet, så skriv til KL på ${klEmail}, eller bed din kommunes kontaktperson skrive nyhedsbrev: false ved dit navn i medlemsregistret. Varsler får du stadig.`,
  ];
}

export function renderNewsletter(input: NewsletterRender): RenderedMail {
  const { period, sections, siteUrl, tier } = input;
  const month = formatMonth(period.to.slice(0, 7));
  const subject = `Nyhedsbrev fra Sikkerhedsnet – ${month}`;
  const label = `Nyhedsbrev · ${upperFirst(TIER_NAMES[tier])}`;
  const heading = `Nyt siden ${formatDate(period.from)}`;
  const intro = `Her er, hvad der er kommet i Sikkerhedsnet fra ${formatDate(period.from)} til og med ${formatDate(addDays(period.to, -1))}.`;
  const href = (url: string) => mailHref(url, siteUrl) ?? siteUrl;

  const htmlSections = sections.map((section) => {
    const items = section.items.map(
      (item) =>
        `<p style="${STYLE.itemTitle}"><a href="${escapeHtml(href(item.url))}" style="${STYLE.a}">${escapeHtml(item.title)}</a></p>` +
        `<p style="${STYLE.itemMeta}">${item.alert ? '<strong>Varsel</strong> · ' : ''}${escapeHtml(item.alert ? item.meta.replace(/^Varsel · /, '') : item.meta)}</p>` +
        `<p style="${STYLE.itemText}">${escapeHtml(item.summary)}</p>`,
    );
    return `<h2 style="${STYLE.h2}">${escapeHtml(section.heading)}</h2>${items.join('\n')}`;
  });
  const contentHtml = [
    `<h1 style="${STYLE.h1}">${escapeHtml(heading)}</h1>`,
    `<p style="${STYLE.muted}">${escapeHtml(intro)}</p>`,
    ...htmlSections,
    `<p style="${STYLE.p};margin-top:20px"><a href="${escapeHtml(siteUrl)}" style="${STYLE.button}">Gå til Sikkerhedsnet</a></p>`,
  ].join('\n');
  const footer = newsletterFooter(tier, input.klEmail);
  const html = mailHtml({ subject, preheader: countLine(sections), label, contentHtml, footer });

  const textSections = sections.map((section) => {
    const items = section.items.map(
      (item) => `* ${item.title}\n  ${item.meta}\n  ${item.summary}\n  ${href(item.url)}`,
    );
    return `${section.heading.toUpperCase()}\n\n${items.join('\n\n')}`;
  });
  const content = [heading, intro, ...textSections, `Gå til Sikkerhedsnet: ${siteUrl}`].join('\n\n');
  return { subject, html, text: mailText(label, content, footer) };
}
