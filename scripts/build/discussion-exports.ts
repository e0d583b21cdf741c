/**
 * The committed exports of GitHub Discussions (`discussions/<kerne|bred>.json`) as the build reads them. A missing
 * file means no questions for that repository; a file that is not the export of the repository policy.yaml names
 * for its tier stops the build with located problems (rule `discussions-export`), since a core export filed as
 * `bred.json` would put core-only threads on the broad tier's pages.
 */
import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { findNodeAtLocation, type Node, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { z } from 'zod';
import { type DiscussionExport, discussionExportSchema } from '#model/discussions.ts';
import { danishFallback } from '#model/registry/danish-errors.ts';
import { TIERS, type Tier } from '#model/tiers.ts';
import type { Problem } from '../problems/problem.ts';
import type { Registry } from '../registry/types.ts';

/** The exports found, by the tier whose repository they hold. */
export type DiscussionExports = Partial<Record<Tier, DiscussionExport>>;

const RULE = 'discussions-export';
const REFETCH = 'hent eksporten igen med «npm run discussions -- export»';

/** Danish names of jsonc-parser's syntax errors; the rest are named by their code. */
const SYNTAX: Record<string, string> = {
  InvalidSymbol: 'et ugyldigt tegn',
  InvalidNumberFormat: 'et ugyldigt tal',
  PropertyNameExpected: 'her skulle stå et feltnavn i anførselstegn',
  ValueExpected: 'her skulle stå en værdi',
  ColonExpected: 'her mangler et kolon',
  CommaExpected: 'her mangler et komma',
  CloseBraceExpected: 'her mangler en afsluttende }',
  CloseBracketExpected: 'her mangler en afsluttende ]',
  EndOfFileExpected: 'der står mere efter JSON-værdien',
  InvalidCommentToken: 'kommentarer er ikke tilladt i JSON',
  UnexpectedEndOfComment: 'en kommentar slutter ikke',
  UnexpectedEndOfString: 'en tekst mangler sit afsluttende anførselstegn',
  UnexpectedEndOfNumber: 'et tal slutter for tidligt',
  InvalidUnicode: 'en ugyldig \\u-kode',
  InvalidEscapeCharacter: 'en ugyldig \\-kode',
  InvalidCharacter: 'et tegn, der ikke må stå i en tekst (fx et linjeskift)',
};

/** The GitHub repository (`owner/name`) whose discussions policy.yaml puts in `tier`'s export, if it names one. */
export function exportRepository(registry: Registry, tier: Tier): string | undefined {
  const { github, discussions } = registry.policy;
  return github && discussions ? `${github.org}/${discussions[tier].repo}` : undefined;
}

/**
 * Read `<dir>/kerne.json` and `<dir>/bred.json`. Nothing is read when policy.yaml has no `discussions` section (or
 * no `github` organisation): the network then has no forum. Problems name files relative to `repoRoot`.
 */
export async function loadDiscussionExports(
  repoRoot: string,
  dir: string,
  registry: Registry,
): Promise<{ exports: DiscussionExports; problems: Problem[] }> {
  const exports: DiscussionExports = {};
  const problems: Problem[] = [];
  for (const tier of TIERS) {
    const repository = exportRepository(registry, tier);
    if (!repository) continue;
    const path = join(dir, `${tier}.json`);
    const file = relative(repoRoot, path).split(sep).join('/');
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') continue;
      problems.push(problem(file, 1, 1, `filen kan ikke læses (${code ?? String(error)}); ${REFETCH}`));
      continue;
    }
    const read = parseExport(file, text, tier, repository);
    if ('problems' in read) problems.push(...read.problems);
    else exports[tier] = read.export;
  }
  return { exports, problems };
}

/** One export's text, checked against the schema and against the repository policy.yaml names for its tier. */
export function parseExport(
  file: string,
  text: string,
  tier: Tier,
  repository: string,
): { export: DiscussionExport } | { problems: Problem[] } {
  const at = locator(file, text);
  const errors: ParseError[] = [];
  const tree = parseTree(text.replace(/^\uFEFF/, ''), errors, { disallowComments: true, allowTrailingComma: false });
  const syntax = errors[0];
  if (syntax || !tree) {
    const what = syntax ? (SYNTAX[printParseErrorCode(syntax.error)] ?? printParseErrorCode(syntax.error)) : 'tom';
    return { problems: [at(syntax?.offset ?? 0, `filen er ikke gyldig JSON: ${what}; ${REFETCH}`)] };
  }
  const parsed = discussionExportSchema.safeParse(JSON.parse(text.replace(/^\uFEFF/, '')), { error: danishFallback });
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map((issue) => {
        const node = nodeAt(tree, issue);
        return at(node.offset, `${describePath(issue.path)}: ${issueMessage(issue)}; ${REFETCH}`);
      }),
    };
  }
  const data = parsed.data;
  const offset = (path: (string | number)[]) => findNodeAtLocation(tree, path)?.offset ?? 0;
  const problems: Problem[] = [];
  if (data.tier !== tier) {
    problems.push(
      at(
        offset(['tier']),
        `filen er eksporten for ${tier}-niveauets repository, men "tier" er "${data.tier}": en eksport må kun ligge i filen for sit eget niveau; ${REFETCH}`,
      ),
    );
  }
  if (data.repository.toLowerCase() !== repository.toLowerCase()) {
    problems.push(
      at(
        offset(['repository']),
        `"repository" er "${data.repository}", men registry/policy.yaml siger, at ${tier}-niveauets diskussioner ligger i ${repository}; ${REFETCH}, eller ret discussions.${tier}.repo i policy.yaml`,
      ),
    );
  }
  const prefix = `https://github.com/${data.repository}/discussions/`.toLowerCase();
  data.discussions.forEach((discussion, index) => {
    if (discussion.url.toLowerCase().startsWith(prefix)) return;
    problems.push(
      at(
        offset(['discussions', index, 'url']),
        `diskussion nr. ${discussion.number} har adressen ${discussion.url}, som ikke hører til ${data.repository}; ${REFETCH}`,
      ),
    );
  });
  return problems.length > 0 ? { problems } : { export: data };
}

function problem(file: string, line: number, column: number, message: string): Problem {
  return { file, line, column, rule: RULE, severity: 'error', message };
}

/** A problem at a character offset of `text`, as line and column. */
function locator(file: string, text: string) {
  // A byte order mark is not part of the JSON jsonc-parser saw; offsets are counted without it.
  const body = text.replace(/^\uFEFF/, '');
  return (offset: number, message: string): Problem => {
    const before = body.slice(0, offset);
    const line = before.split('\n').length;
    return problem(file, line, offset - before.lastIndexOf('\n'), message);
  };
}

/** The node an issue is about: the value at its path, the key of an unknown field, else the nearest parent. */
function nodeAt(tree: Node, issue: z.core.$ZodIssue): Node {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  for (let n = path.length; n >= 0; n--) {
    const node = findNodeAtLocation(tree, path.slice(0, n));
    if (!node) continue;
    if (n === path.length && issue.code === 'unrecognized_keys' && node.type === 'object') {
      const key = node.children?.find((p) => p.children?.[0]?.value === issue.keys[0])?.children?.[0];
      if (key) return key;
    }
    return node;
  }
  return tree;
}

/** `discussions[3].comments[0].body`, or "filen" for the whole file. */
function describePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'filen';
  const text = path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
  return `feltet "${text}"`;
}

function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `ukendt felt ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  if (issue.code === 'invalid_format') return `ugyldigt format (${issue.format})`;
  return issue.message;
}
