/**
 * Test helper for the mail workflows' own shell steps: a fresh temp folder per test with main's checkout (`work`),
 * whose origin is a local bare repository, and `gh` and `npm` stubs on PATH that record their arguments. `gh` answers
 * from files the test writes: `api …/actions/workflows/newsletter.yml` prints GH_WORKFLOW_ID, `api …/actions/runs/ID`
 * prints `runs/ID.json` or fails as GitHub's 404 does, `issue list` prints GH_OPEN_ISSUES, `issue create` keeps the
 * body and prints the new issue's URL, `issue comment` keeps the comment, `run download` writes a preview folder.
 * `npm` prints NPM_OUTPUT and exits NPM_CODE.
 */
import { execFileSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { resolveEnv, runStep, step } from './workflow-steps.ts';

export const REPO = 'kl-sikkerhedsnet/sikkerhedsnet';
export const ISSUE_URL = `https://github.com/${REPO}/issues/42`;
export const RUN_URL = `https://github.com/${REPO}/actions/runs/4242`;
export const TOKEN = 'ghs_testtoken';
/** The id the `gh` stub gives newsletter.yml. */
export const WORKFLOW_ID = 77;

const GH_STUB = `#!/usr/bin/env bash
printf '%s\\n' "$*" >> "$GH_LOG"
case "$1 $2" in
  "api "*)
    case "$2" in
      */actions/workflows/newsletter.yml) echo "$GH_WORKFLOW_ID" ;;
      */actions/runs/*)
        if [ -f "$GH_RUNS/\${2##*/}.json" ]; then cat "$GH_RUNS/\${2##*/}.json"; else echo 'HTTP 404: Not Found' >&2; exit 1; fi ;;
    esac ;;
  "issue list") printf '%s' "$GH_OPEN_ISSUES" ;;
  "issue create") cp "$6" "$GH_LOG.body"; echo "${ISSUE_URL}" ;;
  "issue comment") cp "$5" "$GH_LOG.comment" ;;
  "run download") mkdir -p "$7"; echo '{"version":1,"mailings":[]}' > "$7/udsendelse.json" ;;
esac
`;
const NPM_STUB = `#!/usr/bin/env bash
printf '%s\\n' "$*" >> "$NPM_LOG"
printf '[%s]' "$@" >> "$NPM_LOG.args"
printf '%s' "$NPM_OUTPUT"
exit "\${NPM_CODE:-0}"
`;

export const isolatedGit = { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
export const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...isolatedGit } });
export const commitAll = (cwd: string, message: string) => {
  git(cwd, 'add', '-A');
  git(cwd, '-c', 'user.name=t', '-c', 'user.email=t@example.test', 'commit', '-qm', message);
};

export interface Harness {
  /** The test's temp folder. */
  temp: string;
  /** The local bare repository that is `origin`. */
  origin: string;
  /** Main's checkout, where the steps run. */
  work: string;
  /** What GITHUB_OUTPUT got. */
  outputs(): Promise<string>;
  /** A file the stubs wrote in `temp` (`gh.log`, `gh.log.body`, `npm.log`…), or '' when there is none. */
  log(name: string): Promise<string>;
  /** Run the step of `file` whose run contains `find`, with its env expressions given by `context`. */
  run(
    file: string,
    find: string,
    context: Record<string, string>,
    extra?: Record<string, string>,
  ): Promise<{ code: number; stdout: string; stderr: string }>;
}

/** A fresh harness for each test of the calling file (beforeEach/afterEach). */
export function useStepHarness(): Harness {
  const h = {} as Harness;
  beforeEach(async () => {
    h.temp = await mkdtemp(path.join(tmpdir(), 'sikkerhedsnet-mail-workflow-'));
    const bin = path.join(h.temp, 'bin');
    await mkdir(bin);
    await mkdir(path.join(h.temp, 'runner'));
    await mkdir(path.join(h.temp, 'runs'));
    for (const [name, script] of [
      ['gh', GH_STUB],
      ['npm', NPM_STUB],
    ] as const) {
      await writeFile(path.join(bin, name), script);
      await chmod(path.join(bin, name), 0o755);
    }
    h.origin = path.join(h.temp, 'origin.git');
    h.work = path.join(h.temp, 'work');
    git(h.temp, 'init', '-q', '--bare', '-b', 'main', h.origin);
    git(h.temp, 'init', '-q', '-b', 'main', h.work);
    git(h.work, 'remote', 'add', 'origin', h.origin);
    await writeFile(path.join(h.work, 'README.md'), 'main\n');
    commitAll(h.work, 'main');
    git(h.work, 'push', '-q', 'origin', 'main');
  });
  afterEach(() => rm(h.temp, { recursive: true, force: true }));
  const runner = () => ({
    ...isolatedGit,
    RUNNER_TEMP: path.join(h.temp, 'runner'),
    GITHUB_OUTPUT: path.join(h.temp, 'output'),
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: REPO,
    GITHUB_RUN_ID: '4242',
    GITHUB_WORKFLOW: 'Newsletter',
    GH_LOG: path.join(h.temp, 'gh.log'),
    GH_RUNS: path.join(h.temp, 'runs'),
    GH_WORKFLOW_ID: String(WORKFLOW_ID),
    GH_OPEN_ISSUES: '',
    NPM_LOG: path.join(h.temp, 'npm.log'),
    PATH: `${path.join(h.temp, 'bin')}:${process.env.PATH}`,
  });
  h.outputs = () => h.log('output');
  h.log = (name) => readFile(path.join(h.temp, name), 'utf8').catch(() => '');
  h.run = (file, find, context, extra = {}) => {
    const s = step(file, find);
    return runStep(s.run, { ...resolveEnv(s.env ?? {}, context), ...runner(), ...extra }, h.work);
  };
  return h;
}
