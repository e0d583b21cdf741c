/**
 * The automatic answer to a new discussion that resembles older threads or templates, in Danish, and the marker that
 * keeps it from being posted twice on one discussion. Pure. Titles come from GitHub's users, so they are escaped as
 * the text of a Markdown link (where GitHub neither mentions people nor links issues); template titles and URLs come
 * from the library and the site's address.
 */
import type { SimilarResult } from './similar.ts';

/** The hidden last line of every automatic answer; a discussion with a comment holding it is never answered again. */
export const ANSWER_MARKER = '<!-- sikkerhedsnet-lignende -->';

/** True for a comment written by this automation (its marker), which is never counted as a member's answer. */
export function isAutomaticAnswer(body: string): boolean {
  return body.includes(ANSWER_MARKER);
}

/** Text for the inside of a Markdown link: no markup, no line breaks. */
export function linkText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|~!#]/g, (c) => `\\${c}`);
}

/** "a", "a og b", "a, b og c". */
function danishList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} og ${items.at(-1)}`;
}

export interface AnswerOptions {
  /** The site's address (SIKKERHEDSNET_PUBLIC_URL), for the templates' links. */
  siteUrl: string;
}

/**
 * The answer, or undefined when nothing is similar enough (then nothing is posted). It opens with "Der findes
 * allerede en tråd om …" when a thread matched, else with the template; it ends with who wrote it and the marker.
 */
export function similarAnswer(result: SimilarResult, options: AnswerOptions): string | undefined {
  const { threads, templates } = result;
  if (threads.length === 0 && templates.length === 0) return undefined;
  const threadLinks = threads.map((t) => `[${linkText(t.title)}](${t.url})`);
  const templateLinks = templates.map((t) => `[${linkText(t.title)}](${new URL(t.url, options.siteUrl).href})`);
  const lines: string[] = [];
  if (threads.length > 0) {
    lines.push(
      threads.length === 1
        ? `Der findes allerede en tråd om noget lignende: ${threadLinks[0]}. Se, om dit spørgsmål er besvaret dér, og skriv gerne videre i den tråd, så svarene samles ét sted.`
        : `Der findes allerede tråde om noget lignende: ${danishList(threadLinks)}. Se, om dit spørgsmål er besvaret dér, og skriv gerne videre i den tråd, der passer bedst, så svarene samles ét sted.`,
    );
  }
  if (templates.length > 0) {
    const intro =
      threads.length > 0
        ? templates.length === 1
          ? 'Skabelonbiblioteket har også en skabelon om emnet:'
          : 'Skabelonbiblioteket har også skabeloner om emnet:'
        : templates.length === 1
          ? 'Der findes allerede en skabelon om emnet i skabelonbiblioteket:'
          : 'Der findes allerede skabeloner om emnet i skabelonbiblioteket:';
    lines.push(`${intro} ${danishList(templateLinks)}.`);
  }
  lines.push(
    'Passer forslagene ikke, så lad bare spørgsmålet stå; netværket svarer her som sædvanligt.',
    '_Skrevet automatisk af Sikkerhedsnet ud fra ordlyden af trådene og skabelonerne._',
    ANSWER_MARKER,
  );
  return `${lines.join('\n\n')}\n`;
}
