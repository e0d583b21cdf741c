import type { APIRoute } from 'astro';
import { isoDay } from '#model/dates.ts';
import { getDirectory, organisationUrl } from '../lib/directory.ts';
import { getExperiences, vendorGroups } from '../lib/experiences.ts';
import { categoryPages, env, getMeetings, getNews, getTemplates, tagCounts } from '../lib/library.ts';
import { getQuestionPages, questionUrl } from '../lib/questions.ts';
import { absoluteUrl, escapeXml } from '../lib/xml.ts';

/** Sitemap of this tier: every HTML page built from this tier's collections (redirect pages excluded). */
export const GET: APIRoute = async () => {
  const templates = await getTemplates();
  const paths: { path: string; lastmod?: string }[] = [
    { path: '/' },
    { path: '/skabeloner/' },
    { path: '/nyheder/' },
    { path: '/moeder/' },
    { path: '/soeg/' },
    { path: '/adgang/' },
    ...templates.map((t) => ({ path: t.url, lastmod: t.updated })),
    ...categoryPages(templates).map((c) => ({ path: `/kategori/${c.folder}/` })),
    ...tagCounts(templates).map((t) => ({ path: `/emne/${t.tag}/` })),
    ...(await getNews()).map((n) => ({ path: `/nyheder/${n.id}/`, lastmod: n.data.date })),
    ...(await getMeetings()).map((m) => ({ path: `/moeder/${m.id}/`, lastmod: m.data.date })),
    { path: '/erfaringer/' },
    { path: '/leverandoerer/' },
    ...(await getExperiences()).map((e) => ({ path: e.url, lastmod: e.data.reviewed })),
    ...vendorGroups(await getExperiences()).map((v) => ({ path: v.url })),
    { path: '/spoergsmaal/' },
    ...getQuestionPages().questions.map((q) => ({ path: questionUrl(q), lastmod: isoDay(q.answeredAt) })),
    { path: '/medlemmer/' },
    { path: '/kommuner/' },
    ...getDirectory().organisations.map((o) => ({ path: organisationUrl(o.code) })),
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
