import type { APIRoute } from 'astro';
import { isoDay } from '#model/dates.ts';
import { getDirectory, organisationUrl } from '../../lib/directory.ts';
import { getExperiences, vendorGroups } from '../../lib/experiences.ts';
import { categoryPages, env, getMeetings, getNews, getTemplates, tagCounts } from '../../lib/library.ts';
import { getQuestionPages, questionUrl } from '../../lib/questions.ts';
import { routeTier, tierPaths } from '../../lib/tier.ts';
import { absoluteUrl, escapeXml } from '../../lib/xml.ts';

/** One per tier. */
export function getStaticPaths() {
  return tierPaths();
}

/** Sitemap of this tier: every HTML page built from this tier's collections (redirect pages excluded). */
export const GET: APIRoute = async ({ params }) => {
  const tier = routeTier(params);
  const templates = await getTemplates(tier);
  const paths: { path: string; lastmod?: string }[] = [
    { path: '/' },
    { path: '/skabeloner/' },
    { path: '/nyheder/' },
    { path: '/moeder/' },
    { path: '/soeg/' },
    { path: '/adgang/' },
    ...templates.map((t) => ({ path: t.url, lastmod: t.updated })),
    ...categoryPages(templates, tier).map((c) => ({ path: `/kategori/${c.folder}/` })),
    ...tagCounts(templates).map((t) => ({ path: `/emne/${t.tag}/` })),
    ...(await getNews(tier)).map((n) => ({ path: `/nyheder/${n.id}/`, lastmod: n.data.date })),
    ...(await getMeetings(tier)).map((m) => ({ path: `/moeder/${m.id}/`, lastmod: m.data.date })),
    { path: '/erfaringer/' },
    { path: '/leverandoerer/' },
    ...(await getExperiences(tier)).map((e) => ({ path: e.url, lastmod: e.data.reviewed })),
    ...vendorGroups(await getExperiences(tier)).map((v) => ({ path: v.url })),
    { path: '/spoergsmaal/' },
    ...getQuestionPages(tier).questions.map((q) => ({ path: questionUrl(q), lastmod: isoDay(q.answeredAt) })),
    { path: '/medlemmer/' },
    { path: '/kommuner/' },
    ...getDirectory(tier).organisations.map((o) => ({ path: organisationUrl(o.code) })),
  ];
  const body = paths
    .map(
      (p) =>
        `  <url><loc>${escapeXml(absoluteUrl(env.publicUrl, p.path))}</loc>${p.lastmod ? `<lastmod>${p.lastmod}</lastmod>` : ''}</url>`,
    )
    .join('\n');
  const xml = `<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
