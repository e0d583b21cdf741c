/**
 * `npm run newsletter -- approver --login LOGIN --id ID [--registry DIR]`: may this GitHub account approve the
 * newsletter? newsletter-send.yml asks it about whoever commented `/godkend` on the preview's issue, before anything
 * else happens. Only KL's admins in `admins.yaml` may approve: matched by their numeric GitHub id when the registry
 * has one (a login can be renamed and then taken by someone else; an id cannot), otherwise by login,
 * case-insensitively. Exit 0 with `Godkendt af <name> (KL)`; 1 with a Danish refusal; 2 for bad flags or an
 * admins.yaml that does not load (then nobody can be judged, and the workflow says so instead of refusing).
 */
import path from 'node:path';
import { formatProblemsText } from '../problems/problem.ts';
import { MAX_FILE_BYTES } from '../registry/file-names.ts';
import { type LoadedFile, parseFile } from '../registry/parse-file.ts';
import { readRegistryFiles } from '../registry/read-files.ts';
import type { AdminData, Position } from '../registry/types.ts';
import { UsageError } from './run-cli.ts';

/** A GitHub account as the event names it. */
export interface Account {
  login: string;
  id: number;
}

/** The outcome for one account: the admin it is, or why not. */
export type ApproverResult =
  | { ok: true; admin: AdminData; renamed: boolean }
  | { ok: false; sameLoginOtherId?: { admin: AdminData; at: Position } };

/**
 * Ensure only one of KL's admins can approve: by `github_id` when the entry has one, else by `github` (any case).
 * A login that matches an entry with another id is someone else's account (refused, with the entry's place).
 */
export function findApprover(admins: LoadedFile<'admins'>, account: Account): ApproverResult {
  const login = account.login.toLowerCase();
  const list = admins.data.admins;
  const admin = list.find((a) =>
    a.github_id !== undefined ? a.github_id === account.id : a.github?.toLowerCase() === login,
  );
  if (admin) return { ok: true, admin, renamed: admin.github !== undefined && admin.github.toLowerCase() !== login };
  const index = list.findIndex((a) => a.github_id !== undefined && a.github?.toLowerCase() === login);
  const other = list[index];
  if (!other) return { ok: false };
  const fields = admins.index.fields(['admins', index]);
  return {
    ok: false,
    sameLoginOtherId: { admin: other, at: fields.github_id ?? admins.index.position(['admins', index]) },
  };
}

/** admins.yaml of the registry in `dir`, read and validated alone: a broken roster does not stop an approval. */
async function loadAdmins(dir: string): Promise<{ loaded?: LoadedFile<'admins'>; file: string; problems: string }> {
  const abs = path.resolve(dir);
  const file = path.relative(path.dirname(abs), path.join(abs, 'admins.yaml')).split(path.sep).join('/');
  const entry = (await readRegistryFiles(abs)).files?.get('admins.yaml');
  if (entry === undefined) return { file, problems: `${file}:1:1  file-missing  admins.yaml mangler i registermappen` };
  const { loaded, problems } = parseFile(entry, file, 'admins', { maxBytes: MAX_FILE_BYTES });
  const errors = problems.filter((p) => p.severity === 'error');
  if (loaded && errors.length === 0) return { loaded, file, problems: '' };
  return { file, problems: formatProblemsText(errors) };
}

/** `--id`: GitHub's numeric user id, digits only. */
function readId(raw: string | undefined): number {
  if (raw === undefined) throw new UsageError('Angiv både --login og --id.');
  if (!/^[1-9]\d{0,15}$/.test(raw) || !Number.isSafeInteger(Number(raw)))
    throw new UsageError(`--id skal være et GitHub-bruger-id (et positivt helt tal), ikke "${raw}"`);
  return Number(raw);
}

export async function approver(flags: {
  login: string | undefined;
  id: string | undefined;
  registry: string;
}): Promise<number> {
  const login = flags.login?.trim();
  if (!login) throw new UsageError('Angiv både --login og --id.');
  const id = readId(flags.id);
  const admins = await loadAdmins(flags.registry);
  if (!admins.loaded) {
    process.stderr.write(
      `${admins.file} kan ikke indlæses, så ingen godkendelse kan kontrolleres. Ret fejlene:\n${admins.problems}\n`,
    );
    return 2;
  }
  const result = findApprover(admins.loaded, { login, id });
  if (result.ok) {
    process.stdout.write(`Godkendt af ${result.admin.name} (KL)\n`);
    if (result.renamed)
      process.stdout.write(
        `Bemærk: kontoen hedder nu ${login} på GitHub, men ${result.admin.github} i ${admins.file}; ret github dér.\n`,
      );
    return 0;
  }
  const lines = [`${login} er ikke administrator i ${admins.file} og kan ikke godkende nyhedsbrevet.`];
  const other = result.sameLoginOtherId;
  if (other)
    lines.push(
      `${other.at.file}:${other.at.line}:${other.at.column}  Brugernavnet ${login} står ved ${other.admin.name}, men med ` +
        `GitHub-id ${other.admin.github_id}, og denne konto har id ${id}: det er ikke samme konto (et omdøbt ` +
        'brugernavn kan være taget af en anden). Er id’et forkert, så ret github_id dér.',
    );
  process.stderr.write(`${lines.join('\n')}\n`);
  return 1;
}
