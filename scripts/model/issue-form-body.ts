/**
 * The body GitHub writes for an issue opened from an issue form: one `### <label>` heading per field, then the
 * answer (a dropdown's option, an input's line, a textarea's text); an empty answer is `_No response_`. The issue
 * text is untrusted and can be edited after it is opened, so it is read as data and nothing else.
 */

/** What GitHub writes for a field left empty. */
export const NO_RESPONSE = '_No response_';

/**
 * The answers in `body`, by label folded to lower case. Only headings whose label is in `labels` (any case) start a
 * field, so a `### …` line the author writes inside a textarea stays part of that answer. Answers are trimmed, line
 * breaks normalised to `\n`; an empty answer or `_No response_` is `''`; a label that appears twice keeps its first.
 */
export function issueFormAnswers(body: string, labels: Iterable<string>): Map<string, string> {
  const known = new Set([...labels].map(foldLabel));
  const answers = new Map<string, string>();
  let label: string | undefined;
  let lines: string[] = [];
  const close = () => {
    if (label !== undefined && !answers.has(label)) {
      const value = lines.join('\n').trim();
      answers.set(label, value === NO_RESPONSE ? '' : value);
    }
  };
  for (const line of body.replace(/\r\n?/g, '\n').split('\n')) {
    const heading = /^###[ \t]+(.*)$/.exec(line);
    const next = heading ? foldLabel(heading[1] ?? '') : undefined;
    if (next !== undefined && known.has(next)) {
      close();
      label = next;
      lines = [];
    } else if (label !== undefined) lines.push(line);
  }
  close();
  return answers;
}

/** A label as answers are keyed: trimmed, inner whitespace collapsed, lower case. */
export function foldLabel(label: string): string {
  return label.replace(/\s+/g, ' ').trim().toLowerCase();
}
