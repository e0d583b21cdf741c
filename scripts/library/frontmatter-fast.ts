/**
 * A fast path for the flat frontmatter every page uses (`key: scalar` and `key: [a, b]` lines), because the
 * `yaml` package costs about a millisecond per file and a large library has thousands. It returns undefined
 * for anything it is not sure of (comments, block lists, escapes, nesting, duplicate keys), and the caller
 * then uses the full YAML parser, so results always equal the `yaml` core schema's.
 */
export interface FastFrontmatter {
  data: Record<string, unknown>;
  /** Key path (`title`, `tags.1`) → [key offset, value offset] within the YAML text. */
  offsets: Map<string, [number, number]>;
}

const LINE = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*?))? *$/;
const SPECIAL_START = /^[[\]{}&*!|>'"%@`#,?-]|^-\s/;

/** Parse `yamlText` if every line is a simple key-value pair; undefined otherwise. */
export function parseFlatFrontmatter(yamlText: string): FastFrontmatter | undefined {
  const data: Record<string, unknown> = {};
  const offsets = new Map<string, [number, number]>();
  let offset = 0;
  for (const line of yamlText.split('\n')) {
    const lineStart = offset;
    offset += line.length + 1;
    if (line.trim() === '') continue;
    const m = LINE.exec(line.replace(/\r$/, ''));
    if (!m) return undefined;
    const key = m[1] ?? '';
    const raw = m[2] ?? '';
    if (key in data || raw === '') return undefined;
    const valueStart = lineStart + line.indexOf(raw, key.length + 1);
    offsets.set(key, [lineStart, valueStart]);
    if (raw.startsWith('[')) {
      if (!raw.endsWith(']')) return undefined;
      const inner = raw.slice(1, -1);
      const items: unknown[] = [];
      let at = valueStart + 1;
      for (const part of inner.trim() === '' ? [] : inner.split(',')) {
        const item = part.trim();
        // Inside a flow list, [ ] { } end or open collections: leave such items to the full parser.
        const value = /[[\]{}]/.test(item) ? undefined : scalar(item);
        if (value === undefined || item === '') return undefined;
        offsets.set(`${key}.${items.length}`, [at + part.indexOf(item), at + part.indexOf(item)]);
        items.push(value.value);
        at += part.length + 1;
      }
      data[key] = items;
    } else {
      const value = scalar(raw);
      if (!value) return undefined;
      data[key] = value.value;
    }
  }
  return { data, offsets };
}

/** A scalar as the core schema reads it; undefined when unsure. */
function scalar(raw: string): { value: unknown } | undefined {
  if (raw.startsWith('"')) {
    const inner = raw.slice(1, -1);
    return raw.length >= 2 && raw.endsWith('"') && !/["\\]/.test(inner) ? { value: inner } : undefined;
  }
  if (raw.startsWith("'")) {
    const inner = raw.slice(1, -1);
    return raw.length >= 2 && raw.endsWith("'") && !inner.includes("'") ? { value: inner } : undefined;
  }
  if (SPECIAL_START.test(raw) || raw.includes(': ') || raw.includes(' #') || raw.endsWith(':')) return undefined;
  if (/^(~|null|Null|NULL)$/.test(raw)) return { value: null };
  if (/^(true|True|TRUE)$/.test(raw)) return { value: true };
  if (/^(false|False|FALSE)$/.test(raw)) return { value: false };
  if (/^[-+]?[0-9]+$/.test(raw) || /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/.test(raw)) {
    return { value: Number(raw) };
  }
  if (/^(0o|0x|[-+]?\.(inf|Inf|INF|nan|NaN|NAN)$)/.test(raw)) return undefined;
  return { value: raw };
}
