/**
 * The result file of `check --json-out` (the same JSON as `check --format json`), read back by `pr-comment`. In the
 * workflow_run workflows the file comes from an artifact that the pull request's own code wrote, a fork's code too,
 * so it is data from an unknown source: a strict schema with limits decides whether it can be used at all. An error
 * names the place in the file, never its content (a hostile text could hold workflow commands for the log).
 */
import { open } from 'node:fs/promises';
import { type core, z } from 'zod';
import type { Problem } from '../problems/problem.ts';

/** Far above any real result (the whole library's is a few kB), far below what would strain the runner. */
export const MAX_RESULT_BYTES = 5 * 1024 * 1024;
/** Problems per list: far above any real check's, and the comment shows 50 anyway. */
export const MAX_PROBLEMS = 10_000;

/** Control characters (C0, DEL, C1) other than tab and line breaks (the comment turns line breaks into spaces). */
const CONTROL = /(?![\t\n\r])\p{Cc}/u;

const problemSchema = (severity: Problem['severity']) =>
  z.strictObject({
    /** Relative POSIX path; no backtick, which would end the code span the comment shows it in. */
    file: z
      .string()
      .min(1)
      .max(500)
      .refine((f) => !f.startsWith('/') && !f.includes('`') && !CONTROL.test(f), {
        error: 'en sti i repositoriet uden `, kontroltegn og / forrest',
      }),
    line: z.number().int().min(1).max(10_000_000),
    column: z.number().int().min(1).max(10_000_000),
    /** A rule's name, e.g. `email-domain`. */
    rule: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, { error: 'et regelnavn af små bogstaver, tal og -' }),
    severity: z.literal(severity),
    message: z
      .string()
      .min(1)
      .max(5000)
      .refine((m) => !CONTROL.test(m), { error: 'en besked uden kontroltegn' }),
  });

/** What `--format json` and `--json-out` write: `ok` is true exactly when there are no errors. */
const resultSchema = z
  .strictObject({
    ok: z.boolean(),
    errors: z.array(problemSchema('error')).max(MAX_PROBLEMS),
    warnings: z.array(problemSchema('warning')).max(MAX_PROBLEMS),
  })
  .refine((r) => r.ok === (r.errors.length === 0), { error: 'true, netop når listen errors er tom', path: ['ok'] });

const TYPE_NAMES: Record<string, string> = {
  string: 'tekst',
  number: 'et tal',
  int: 'et helt tal',
  boolean: 'true eller false',
  array: 'en liste',
  object: 'et objekt',
};

/** A schema issue in Danish, without the value that caused it. */
function describeIssue(issue: core.$ZodIssue): string {
  const where = issue.path.length > 0 ? issue.path.join('.') : 'roden';
  const what = (() => {
    switch (issue.code) {
      case 'invalid_type':
        return `forventede ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
      case 'too_big':
        return issue.origin === 'string'
          ? `teksten er for lang (højst ${issue.maximum} tegn)`
          : issue.origin === 'array'
            ? `listen er for lang (højst ${issue.maximum})`
            : `tallet er for stort (højst ${issue.maximum})`;
      case 'too_small':
        return issue.origin === 'string' ? 'teksten er tom' : `tallet er for lille (mindst ${issue.minimum})`;
      case 'invalid_value':
        return `skal være ${issue.values.map((v) => JSON.stringify(v)).join(' eller ')}`;
      case 'unrecognized_keys':
        return issue.keys.length === 1 ? 'et ukendt felt' : `${issue.keys.length} ukendte felter`;
      default:
        // Our own refinements and regexes, whose messages are Danish.
        return `skal være ${issue.message}`;
    }
  })();
  return `${where}: ${what}`;
}

/** The problems in a result file, or a Danish message saying why it cannot be used. */
export async function readCheckResult(file: string): Promise<{ problems: Problem[] } | { error: string }> {
  const fail = (reason: string) => ({
    error: `${file} kan ikke bruges som resultatet af check --json-out: ${reason}. Intet er skrevet på pull requesten.`,
  });
  let text: string;
  try {
    const handle = await open(file, 'r');
    try {
      const { size } = await handle.stat();
      if (size > MAX_RESULT_BYTES) {
        return fail(`filen er for stor (${size} byte; højst ${MAX_RESULT_BYTES} byte)`);
      }
      text = await handle.readFile('utf8');
    } finally {
      await handle.close();
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(code === 'ENOENT' ? 'filen findes ikke' : `filen kan ikke læses (${code ?? String(error)})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail('filen er ikke gyldig JSON');
  }
  const parsed = resultSchema.safeParse(json);
  if (!parsed.success) {
    const [first, ...rest] = parsed.error.issues;
    const more =
      rest.length === 0 ? '' : rest.length === 1 ? ' (og 1 andet sted)' : ` (og ${rest.length} andre steder)`;
    return fail(`uventet indhold ved ${first ? describeIssue(first) : 'roden'}${more}`);
  }
  return { problems: [...parsed.data.errors, ...parsed.data.warnings] };
}
