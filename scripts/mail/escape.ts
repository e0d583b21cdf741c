/** HTML escaping for mail bodies: text and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * An absolute link for a mail: a site path (`/skabeloner/x/`) is joined to the site's public address; http(s) and
 * mailto addresses are kept; anything else (javascript:, data:, relative paths without a slash) gives undefined and
 * is shown as text, because a mail has no page to resolve it against.
 */
export function mailHref(url: string, siteUrl: string): string | undefined {
  if (url.startsWith('/') && !url.startsWith('//')) return new URL(url, siteUrl).href;
  if (/^(https?:\/\/|mailto:)/i.test(url) && URL.canParse(url)) return url;
  return undefined;
}
