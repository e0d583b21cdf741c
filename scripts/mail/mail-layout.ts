/**
 * The frame every mail shares, as HTML and as plain text: a 600 px table (full width on phones), the network's
 * name and the tier in the header, the content, and a footer saying why the reader gets the mail and how to stop
 * it. Outlook reads the `<!--[if mso]>` table; other clients the fluid one.
 */
import { escapeHtml } from './escape.ts';
import { COLOR, STYLE } from './mail-style.ts';

export interface MailFrame {
  /** The mail's subject, used as the document title. */
  subject: string;
  /** The line most clients show after the subject in the inbox. */
  preheader: string;
  /** Header line under "Sikkerhedsnet", e.g. "Nyhedsbrev · kernenetværket". */
  label: string;
  /** The content, HTML with inline styles. */
  contentHtml: string;
  /** Footer paragraphs, plain text (escaped here); a paragraph may contain one e-mail address, which is linked. */
  footer: string[];
}

/** Link the first e-mail address in an escaped footer paragraph. */
function linkEmail(paragraph: string): string {
  return escapeHtml(paragraph).replace(
    /[\w.+-]+@[\w-]+(\.[\w-]+)+/,
    (address) => `<a href="mailto:${address}" style="${STYLE.a}">${address}</a>`,
  );
}

/** The whole HTML document of a mail. */
export function mailHtml(frame: MailFrame): string {
  const footer = frame.footer.map((p) => `<p style="margin:0 0 8px 0;${STYLE.footer}">${linkEmail(p)}</p>`).join('');
  return `<!DOCTYPE html>
<html lang="da" xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="x-apple-disable-message-reformatting">
<meta name="color-scheme" content="light">
<meta name="supported-color-schemes" content="light">
<title>${escapeHtml(frame.subject)}</title>
<style>
  @media only screen and (max-width: 620px) {
    .frame { width: 100% !important; }
    .pad { padding-left: 16px !important; padding-right: 16px !important; }
  }
  a { color: ${COLOR.link}; }
</style>
</head>
<body style="${STYLE.body}">
<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">${escapeHtml(frame.preheader)}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:${COLOR.page}">
<tr><td align="center" style="padding:16px 8px">
<!--[if mso]><table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0"><tr><td><![endif]-->
<table role="presentation" class="frame" width="600" cellpadding="0" cellspacing="0" border="0" style="width:600px;max-width:600px;background-color:#ffffff;border:1px solid ${COLOR.line}">
<tr><td class="pad" style="padding:18px 32px;background-color:${COLOR.brand}">
<p style="margin:0;font-family:'Segoe UI',Arial,Helvetica,sans-serif;font-size:20px;line-height:26px;font-weight:bold;color:#ffffff">Sikkerhedsnet</p>
<p style="margin:2px 0 0 0;font-family:'Segoe UI',Arial,Helvetica,sans-serif;font-size:14px;line-height:20px;color:#ffffff">${escapeHtml(frame.label)}</p>
</td></tr>
<tr><td class="pad" style="padding:24px 32px 8px 32px">
${frame.contentHtml}
</td></tr>
<tr><td class="pad" style="padding:16px 32px 24px 32px;border-top:1px solid ${COLOR.line}">
${footer}
</td></tr>
</table>
<!--[if mso]></td></tr></table><![endif]-->
</td></tr>
</table>
</body>
</html>
`;
}

/** The plain-text part: the same content and footer, with a rule between them. */
export function mailText(label: string, content: string, footer: string[]): string {
  return `Sikkerhedsnet – ${label}\n\n${content.trim()}\n\n-- \n${footer.join('\n\n')}\n`;
}
