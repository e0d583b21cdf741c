/**
 * Download of the one attachment: a few redirects at most, each to a host the attachment host may send to, a size
 * limit checked on the announced length and again while reading (the body is never read past the limit), and a
 * timeout over the whole download. A token, when given, goes only to the attachment origin itself, never on to a
 * redirect's host.
 */
import type { AttachmentHosts } from './attachment-link.ts';

export interface DownloadOptions {
  hosts: AttachmentHosts;
  /** Stop reading past this many bytes. */
  maxBytes: number;
  /** The whole download, redirects included, must be done within this many milliseconds. */
  timeoutMs: number;
  /** Sent as `Authorization: Bearer …` to `hosts.origin` only (attachments of a private repository). */
  token?: string;
}

/** The file's bytes, or the Danish reason it was not downloaded. */
export type Download = { ok: true; bytes: Uint8Array } | { ok: false; answer: string };

const MAX_REDIRECTS = 5;
const LATER =
  'Prøv igen ved at rette sagen (fx tilføje et mellemrum); lykkes det ikke, ser en moderator i KL på sagen.';

/** Fetch `url`, following only redirects `options.hosts` allows. */
export async function downloadAttachment(url: URL, options: DownloadOptions): Promise<Download> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  const mb = Math.round(options.maxBytes / (1024 * 1024));
  const tooLarge = refuse(
    `Filen er større end ${mb} MB, og robotten henter ikke så store filer. Gør dokumentet mindre (fx ved at ` +
      'komprimere billederne i Word under Filer › Komprimer billeder), og træk den nye fil ind i feltet «Word-fil».',
  );
  let current = url;
  try {
    for (let hop = 0; ; hop++) {
      const headers: Record<string, string> = { accept: 'application/octet-stream' };
      if (options.token && current.origin === options.hosts.origin) headers.authorization = `Bearer ${options.token}`;
      const response = await fetch(current, { redirect: 'manual', signal, headers });
      if (response.status >= 300 && response.status < 400) {
        await response.body?.cancel();
        const location = response.headers.get('location');
        const next = location !== null && URL.canParse(location, current) ? new URL(location, current) : undefined;
        if (next === undefined || hop >= MAX_REDIRECTS || !options.hosts.redirectAllowed(next)) {
          return refuse(
            `Filen blev ikke hentet: GitHub sendte robotten videre til en adresse uden for GitHubs vedhæftninger ` +
              `(${next?.host ?? 'ingen adresse'}). ${LATER}`,
          );
        }
        current = next;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        if (response.status === 404) {
          return refuse(
            'Filen findes ikke på GitHub (længere). Træk .docx-filen ind i feltet «Word-fil» igen, når du retter sagen.',
          );
        }
        return refuse(`Filen kunne ikke hentes fra GitHub (HTTP ${response.status}). ${LATER}`);
      }
      if (/^text\/html\b/i.test(response.headers.get('content-type') ?? '')) {
        await response.body?.cancel();
        return refuse(`GitHub svarede med en webside i stedet for filen (fx en login-side). ${LATER}`);
      }
      const announced = Number(response.headers.get('content-length') ?? Number.NaN);
      if (announced > options.maxBytes) {
        await response.body?.cancel();
        return tooLarge;
      }
      const bytes = await readLimited(response, options.maxBytes);
      return bytes === undefined ? tooLarge : { ok: true, bytes };
    }
  } catch (error) {
    if (signal.aborted) {
      const seconds = Math.ceil(options.timeoutMs / 1000);
      return refuse(`Filen blev ikke hentet inden for ${seconds} ${seconds === 1 ? 'sekund' : 'sekunder'}. ${LATER}`);
    }
    return refuse(`Filen kunne ikke hentes fra GitHub (${(error as Error).message}). ${LATER}`);
  }
}

/** The body's bytes, or undefined as soon as more than `max` bytes arrived (the rest is not read). */
async function readLimited(response: Response, max: number): Promise<Uint8Array | undefined> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  if (reader === undefined) return new Uint8Array();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

function refuse(answer: string): Download {
  return { ok: false, answer };
}
