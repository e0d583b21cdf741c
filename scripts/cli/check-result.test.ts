/**
 * The result file that `pr-comment` reads, from real files on disk: what `check --json-out` writes reads back
 * unchanged, and a broken or hostile file (it comes from the pull request's own code) is refused with a Danish
 * reason that names the place, never the content.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatProblemsJson, type Problem } from '../problems/problem.ts';
import { MAX_PROBLEMS, MAX_RESULT_BYTES, readCheckResult } from './check-result.ts';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'sikkerhedsnet-check-result-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const error: Problem = {
  file: 'registry/kommuner/101-koebenhavn.yaml',
  line: 32,
  column: 12,
  rule: 'email-domain',
  severity: 'error',
  message: 'Ditte Opdigtet: e-mailen ditte@gmail.com er ikke på et af domænerne for 101 København (kk.dk)',
};
const warning: Problem = {
  file: 'templates-library/beredskab/plan.mdx',
  line: 1,
  column: 1,
  rule: 'review-deadline',
  severity: 'warning',
  message: 'Skabelonen skal gennemgås senest 2026-12-31.',
};

/** `text` in a new file; its path. */
async function file(name: string, text: string): Promise<string> {
  const target = path.join(dir, name);
  await writeFile(target, text);
  return target;
}

const refused = (target: string, reason: string) => ({
  error: `${target} kan ikke bruges som resultatet af check --json-out: ${reason}. Intet er skrevet på pull requesten.`,
});

/** A result with `errors` and `warnings` as given (plain objects, so a test can break them). */
const result = (errors: unknown[], warnings: unknown[] = [], ok = errors.length === 0) =>
  JSON.stringify({ ok, errors, warnings });

describe('readCheckResult', () => {
  it('reads back what check --json-out writes: errors first, then warnings', async () => {
    const target = await file('ok.json', `${formatProblemsJson([warning, error])}\n`);
    expect(await readCheckResult(target)).toEqual({ problems: [error, warning] });
    const clean = await file('clean.json', `${formatProblemsJson([])}\n`);
    expect(await readCheckResult(clean)).toEqual({ problems: [] });
  });

  it('refuses a missing file, a folder, a file that is not JSON, and one that is too large', async () => {
    const missing = path.join(dir, 'findes-ikke.json');
    expect(await readCheckResult(missing)).toEqual(refused(missing, 'filen findes ikke'));
    const folder = path.join(dir, 'mappe');
    await mkdir(folder);
    expect(await readCheckResult(folder)).toEqual(refused(folder, 'filen kan ikke læses (EISDIR)'));
    const broken = await file('broken.json', '{"ok": true, "errors": [');
    expect(await readCheckResult(broken)).toEqual(refused(broken, 'filen er ikke gyldig JSON'));
    const large = await file('large.json', ' '.repeat(MAX_RESULT_BYTES + 1));
    expect(await readCheckResult(large)).toEqual(
      refused(large, 'filen er for stor (5242881 byte; højst 5242880 byte)'),
    );
  });

  it.each([
    ['not an object', '[]', 'roden: forventede et objekt'],
    ['an unknown key, not named', '{"ok":true,"errors":[],"warnings":[],"::warning::x":1}', 'roden: et ukendt felt'],
    ['__proto__ in a problem', result([{ ...error, ['__proto__']: { admin: true } }]), 'errors.0: et ukendt felt'],
    ['ok that contradicts the errors', result([error], [], true), 'ok: skal være true, netop når listen errors er tom'],
    ['a warning among the errors', result([{ ...error, severity: 'warning' }]), 'errors.0.severity: skal være "error"'],
    ['a wrong type', result([{ ...error, file: 1 }]), 'errors.0.file: forventede tekst'],
    [
      'a backtick in a path (it would end the code span)',
      result([], [{ ...warning, file: 'a` ![x](https://example.invalid/x.png) `' }]),
      'warnings.0.file: skal være en sti i repositoriet uden `, kontroltegn og / forrest',
    ],
    [
      'an absolute path',
      result([{ ...error, file: '/etc/passwd' }]),
      'errors.0.file: skal være en sti i repositoriet uden `, kontroltegn og / forrest',
    ],
    [
      'a rule that is not a rule name',
      result([{ ...error, rule: 'Email Domain' }]),
      'errors.0.rule: skal være et regelnavn af små bogstaver, tal og -',
    ],
    [
      'an escape sequence in a message',
      result([{ ...error, message: 'rød \u001b[31mtekst' }]),
      'errors.0.message: skal være en besked uden kontroltegn',
    ],
    [
      'a message that is too long',
      result([{ ...error, message: 'x'.repeat(5001) }]),
      'errors.0.message: teksten er for lang (højst 5000 tegn)',
    ],
    ['an empty message', result([{ ...error, message: '' }]), 'errors.0.message: teksten er tom'],
    ['line 0', result([{ ...error, line: 0 }]), 'errors.0.line: tallet er for lille (mindst 1)'],
    ['a fractional column', result([{ ...error, column: 1.5 }]), 'errors.0.column: forventede et helt tal'],
    [
      'too many problems',
      result(
        [],
        Array.from({ length: MAX_PROBLEMS + 1 }, () => warning),
      ),
      'warnings: listen er for lang (højst 10000)',
    ],
    [
      'several problems at once',
      result([{ ...error, line: 0, column: 0 }]),
      'errors.0.line: tallet er for lille (mindst 1) (og 1 andet sted)',
    ],
  ])('refuses %s', async (_what, text, reason) => {
    const target = await file('hostile.json', text);
    expect(await readCheckResult(target)).toEqual(refused(target, `uventet indhold ved ${reason}`));
  });
});
