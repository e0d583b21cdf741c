/**
 * `/leverandoerer/<slug>/erfaringer.csv`: a vendor's experiences in this tier for Danish Excel, through the one CSV
 * writer (#model/csv.ts: byte-order mark, `;`, formula-safe fields). From the tier's own collection, like the page.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { toCsv } from '#model/csv.ts';
import { AUDIENCE_LABELS } from '#model/tiers.ts';
import { getExperiences, type VendorView, vendorGroups } from '../../../../lib/experiences.ts';
import { env } from '../../../../lib/library.ts';
import { perTier } from '../../../../lib/tier.ts';
import { absoluteUrl } from '../../../../lib/xml.ts';

export const getStaticPaths: GetStaticPaths = () =>
  perTier(async (tier) =>
    vendorGroups(await getExperiences(tier)).map((vendor) => ({ params: { slug: vendor.slug }, props: { vendor } })),
  );

/** The columns, in the order of the page. */
const CSV_HEADER = [
  'Leverandør',
  'Produkt',
  'Kommune',
  'Område',
  'Vurdering',
  'I brug siden',
  'Kontakt',
  'Kontaktens e-mail',
  'Gennemgået',
  'Målgruppe',
  'Resumé',
  'Adresse',
] as const;

export const GET: APIRoute = ({ props }) => {
  const vendor = (props as { vendor: VendorView }).vendor;
  const rows = vendor.products.flatMap((p) =>
    p.experiences.map((e) => [
      vendor.name,
      p.name,
      e.ownerName,
      e.areaLabel,
      e.verdictLabel,
      e.data.in_use_since,
      e.contacts.map((c) => c.name || c.email).join(', '),
      e.contacts.map((c) => c.email).join(', '),
      e.data.reviewed,
      AUDIENCE_LABELS[e.data.audience],
      e.data.summary,
      absoluteUrl(env.publicUrl, e.url),
    ]),
  );
  return new Response(toCsv(CSV_HEADER, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
