/**
 * Inline styles of the mails, in one place. Outlook on Windows renders with Word's engine: no flexbox, no grid, no
 * max-width on divs, and style sheets are often stripped, so every element carries its own style, the layout is
 * tables, and the colours are the site's (brand #0b3d6b, link #0a4f8f) with contrast of at least 4.5:1.
 */
const FONT = "font-family:'Segoe UI',Arial,Helvetica,sans-serif";

export const COLOR = {
  brand: '#0b3d6b',
  text: '#1a1a1a',
  muted: '#4a4a4a',
  link: '#0a4f8f',
  page: '#f3f5f8',
  line: '#c9ced6',
  alertBg: '#fff1c2',
  alertText: '#5c4300',
} as const;

export const STYLE = {
  body: `margin:0;padding:0;background-color:${COLOR.page};${FONT}`,
  p: `margin:0 0 14px 0;${FONT};font-size:16px;line-height:24px;color:${COLOR.text}`,
  muted: `margin:0 0 14px 0;${FONT};font-size:14px;line-height:20px;color:${COLOR.muted}`,
  h1: `margin:0 0 8px 0;${FONT};font-size:24px;line-height:30px;font-weight:bold;color:${COLOR.text}`,
  h2: `margin:24px 0 10px 0;padding-top:14px;border-top:1px solid ${COLOR.line};${FONT};font-size:19px;line-height:25px;font-weight:bold;color:${COLOR.brand}`,
  h3: `margin:18px 0 8px 0;${FONT};font-size:17px;line-height:23px;font-weight:bold;color:${COLOR.text}`,
  a: `color:${COLOR.link};text-decoration:underline`,
  itemTitle: `margin:0 0 2px 0;${FONT};font-size:16px;line-height:22px;font-weight:bold`,
  itemMeta: `margin:0 0 4px 0;${FONT};font-size:13px;line-height:18px;color:${COLOR.muted}`,
  itemText: `margin:0 0 16px 0;${FONT};font-size:15px;line-height:22px;color:${COLOR.text}`,
  code: `font-family:Consolas,'Courier New',monospace;font-size:14px`,
  pre: `margin:0 0 14px 0;padding:10px;background-color:${COLOR.page};font-family:Consolas,'Courier New',monospace;font-size:13px;line-height:18px;white-space:pre-wrap`,
  hr: `border:0;border-top:1px solid ${COLOR.line};margin:18px 0`,
  quote: `margin:0 0 14px 0;padding:0 0 0 12px;border-left:4px solid ${COLOR.line}`,
  list: `margin:0 0 14px 0;padding:0 0 0 24px;${FONT};font-size:16px;line-height:24px;color:${COLOR.text}`,
  li: 'margin:0 0 6px 0',
  table: `border-collapse:collapse;margin:0 0 14px 0;${FONT};font-size:14px;line-height:20px;color:${COLOR.text}`,
  th: `border:1px solid ${COLOR.line};padding:6px 8px;text-align:left;background-color:${COLOR.page}`,
  td: `border:1px solid ${COLOR.line};padding:6px 8px;text-align:left;vertical-align:top`,
  banner: `padding:12px 16px;background-color:${COLOR.alertBg};${FONT};font-size:15px;line-height:21px;color:${COLOR.alertText}`,
  button: `display:inline-block;padding:12px 20px;background-color:${COLOR.brand};color:#ffffff;${FONT};font-size:16px;font-weight:bold;text-decoration:none;border-radius:4px`,
  footer: `${FONT};font-size:13px;line-height:19px;color:${COLOR.muted}`,
} as const;
