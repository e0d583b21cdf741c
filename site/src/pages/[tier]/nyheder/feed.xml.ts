import type { APIRoute } from 'astro';
import { env, getNews } from '../../../lib/library.ts';
import { routeTier, tierPaths } from '../../../lib/tier.ts';
import { absoluteUrl, escapeXml } from '../../../lib/xml.ts';

/** One per tier. */
export function getStaticPaths() {
  return tierPaths();
}

/** Atom feed of this tier's news. Timestamps are noon UTC of the news date, so rebuilds do not change them. */
export const GET: APIRoute = async ({ params }) => {
  const tier = routeTier(params);
  const news = await getNews(tier);
  const feedUrl = absoluteUrl(env.publicUrl, '/nyheder/feed.xml');
  const updated = news[0] ? `${news[0].data.date}T12:00:00Z` : '2026-01-01T12:00:00Z';
  const entries = news.map((n) => {
    const url = absoluteUrl(env.publicUrl, `/nyheder/${n.id}/`);
    return [
      '  <entry>',
      `    <title>${escapeXml(n.data.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
      `    <id>${escapeXml(url)}</id>`,
      `    <updated>${n.data.date}T12:00:00Z</updated>`,
      `    <published>${n.data.date}T12:00:00Z</published>`,
      `    <summary>${escapeXml(n.data.summary)}</summary>`,
      ...n.data.tags.map((tag) => `    <category term="${escapeXml(tag)}"/>`),
      '  </entry>',
    ].join('\n');
  });
  const xml = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="da">',
    '  <title>Sikkerhedsnet – nyheder</title>',
    '  <subtitle>Nyheder fra KL til kommunernes informationssikkerhedsfolk</subtitle>',
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(absoluteUrl(env.publicUrl, '/nyheder/'))}"/>`,
    `  <id>${escapeXml(feedUrl)}</id>`,
    `  <updated>${updated}</updated>`,
    '  <author><name>KL</name></author>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
