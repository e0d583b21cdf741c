/**
 * The one attachment link in the form's «Word-fil» field. GitHub writes a dropped file as a Markdown link to its
 * own attachment store: `https://github.com/user-attachments/files/<id>/<name>` today, and
 * `https://github.com/<owner>/<repo>/files/<id>/<name>` in issues written before 2024. Only those two forms on
 * GitHub's own origin are accepted, so a request can never make the robot fetch from any other address.
 */

/** Where attachments may come from, and where the download may be redirected. */
export interface AttachmentHosts {
  /** The origin of attachment links (GitHub: `https://github.com`). Tests give a loopback server's origin. */
  origin: string;
  /** Whether the attachment host may send the download on to `url` (GitHub's storage hosts). */
  redirectAllowed(url: URL): boolean;
}

/**
 * GitHub: links on https://github.com; downloads may be redirected only to GitHub itself or its storage
 * (`objects.githubusercontent.com` and other `*.githubusercontent.com` hosts), always over HTTPS.
 */
export const GITHUB_ATTACHMENTS: AttachmentHosts = {
  origin: 'https://github.com',
  redirectAllowed: (url) =>
    url.protocol === 'https:' &&
    url.port === '' &&
    url.username === '' &&
    (url.hostname === 'github.com' || url.hostname.endsWith('.githubusercontent.com')),
};

/** The attachment's address and its file name, or the Danish reason the field cannot be used. */
export type AttachmentLink = { ok: true; url: URL; fileName: string } | { ok: false; answer: string };

const FIELD = '«Word-fil»';
const DROP = 'Træk .docx-filen ind i feltet, når du retter sagen, så lægger GitHub den op og skriver linket selv.';
const PATHS = [/^\/user-attachments\/files\/\d+\/([^/]+)$/, /^\/[A-Za-z0-9-]+\/[A-Za-z0-9._-]+\/files\/\d+\/([^/]+)$/];

/** Find exactly one link in `answer` (the «Word-fil» field) and ensure it is a .docx on the attachment host. */
export function attachmentLink(answer: string, hosts: AttachmentHosts): AttachmentLink {
  const links = [...new Set(answer.match(/\bhttps?:\/\/[^\s<>()[\]"'`]+/g) ?? [])];
  if (links.length === 0) {
    return refuse(`Der er ingen fil i feltet ${FIELD}. ${DROP}`);
  }
  if (links.length > 1) {
    return refuse(
      `Feltet ${FIELD} har ${links.length} links, men robotten laver én skabelon ad gangen ud fra én .docx-fil. ` +
        'Lad kun linket til den ene fil stå, og del de andre filer i hver sin sag.',
    );
  }
  const link = links[0] ?? '';
  const url = URL.canParse(link) ? new URL(link) : undefined;
  const name = url && onAttachmentHost(url, hosts);
  if (url === undefined || name === undefined) {
    return refuse(
      `Linket ${code(link)} i feltet ${FIELD} peger ikke på en fil, der er lagt op i GitHub-sagen ` +
        `(${hosts.origin}/user-attachments/files/…). Robotten henter kun filer fra GitHubs egne vedhæftninger. ${DROP}`,
    );
  }
  if (!/\.docx$/i.test(name)) {
    return refuse(
      `Filen ${code(name)} er ikke et Word-dokument (.docx). Gem dokumentet i Word som «Word-dokument (*.docx)» ` +
        `(ikke .doc, .docm eller .pdf), og træk den nye fil ind i feltet ${FIELD}.`,
    );
  }
  return { ok: true, url, fileName: name };
}

/** The decoded file name when `url` is an attachment link on `hosts.origin`, else undefined. */
function onAttachmentHost(url: URL, hosts: AttachmentHosts): string | undefined {
  if (url.origin !== hosts.origin || url.username !== '' || url.password !== '') return undefined;
  if (url.search !== '' || url.hash !== '') return undefined;
  const encoded = PATHS.map((p) => p.exec(url.pathname)?.[1]).find((n) => n !== undefined);
  if (encoded === undefined) return undefined;
  try {
    const name = decodeURIComponent(encoded);
    return /[/\\\0]/.test(name) || name.startsWith('.') ? undefined : name;
  } catch {
    return undefined;
  }
}

/** Text from the issue as inline code in the answer (backticks removed, so it cannot break out). */
function code(text: string): string {
  return `\`${text.replaceAll('`', '').slice(0, 200)}\``;
}

function refuse(answer: string): AttachmentLink {
  return { ok: false, answer };
}
