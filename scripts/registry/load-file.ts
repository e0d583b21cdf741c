import { readFile, stat } from 'node:fs/promises';
import type { z } from 'zod';
import { adminsFileSchema } from '#model/registry/admins.ts';
import { danishFallback } from '#model/registry/danish-errors.ts';
import { kommunerFileSchema } from '#model/registry/kommuner.ts';
import { policyFileSchema } from '#model/registry/policy.ts';
import { rosterFileSchema } from '#model/registry/roster.ts';
import type { Problem } from '../problems/problem.ts';
import { decodeUtf8 } from './decode.ts';
import { fastParse } from './fast-yaml.ts';
import { type FileKind, MAX_FILE_BYTES, schemaComment } from './file-names.ts';
import { fastIndex, type PositionIndex } from './position-index.ts';

const schemas = {
  kommuner: kommunerFileSchema,
  roster: rosterFileSchema,
  admins: adminsFileSchema,
  policy: policyFileSchema,
} as const;

/** The validated data of one file kind. */
export type FileData<K extends FileKind> = z.infer<(typeof schemas)[K]>;

/** A file that loaded: schema-valid data plus an index for positions. */
export interface LoadedFile<K extends FileKind> {
  file: string;
  data: FileData<K>;
  index: PositionIndex;
}

const problemAt = (file: string, rule: string, message: string, severity: Problem['severity'] = 'error'): Problem => ({
  file,
  line: 1,
  column: 1,
  rule,
  severity,
  message,
});

async function readBytes(absPath: string, file: string, maxBytes: number): Promise<Uint8Array | Problem> {
  try {
    const info = await stat(absPath);
    if (!info.isFile())
      return problemAt(file, 'file-read', 'forventede en fil, men fandt en mappe; flyt eller omdøb den');
    if (info.size > maxBytes) {
      const message = `filen er på ${Math.round(info.size / 1024)} KB; en registerfil må højst fylde ${Math.round(maxBytes / 1024)} KB`;
      return problemAt(file, 'file-too-large', message);
    }
    return await readFile(absPath);
  } catch (error) {
    return problemAt(
      file,
      'file-read',
      `filen kan ikke læses (${(error as NodeJS.ErrnoException).code ?? 'ukendt fejl'})`,
    );
  }
}

/**
 * Read, decode, parse and validate one registry file. Never throws for bad content. The fast reader
 * handles the common plain shape; anything else, and every file with a schema problem, goes through the
 * `yaml` package so problems are located the same way whichever reader saw the file first.
 */
export async function loadFile<K extends FileKind>(
  absPath: string,
  file: string,
  kind: K,
  maxBytes = MAX_FILE_BYTES,
): Promise<{ loaded?: LoadedFile<K>; problems: Problem[] }> {
  const bytes = await readBytes(absPath, file, maxBytes);
  if (!(bytes instanceof Uint8Array)) return { problems: [bytes] };
  const schema = schemas[kind] as z.ZodType;
  const expected = schemaComment(kind);
  const decoded = decodeUtf8(bytes);
  if (decoded.ok && !decoded.text.startsWith('\uFEFF')) {
    const fast = fastParse(decoded.text, file);
    const result = fast && schema.safeParse(fast.data, { error: danishFallback });
    if (fast && result?.success) {
      const problems = decoded.text.startsWith(`${expected}\n`)
        ? []
        : [problemAt(file, 'schema-comment', `første linje skal være: ${expected}`, 'warning')];
      return { loaded: { file, data: result.data as FileData<K>, index: fastIndex(fast, file) }, problems };
    }
  }
  // The yaml package (and the code that maps zod issues onto its nodes) loads only when needed.
  const [{ parseYamlFile }, { yamlIndex }, { schemaProblems }] = await Promise.all([
    import('./yaml-source.ts'),
    import('./yaml-index.ts'),
    import('./schema-problems.ts'),
  ]);
  const { source, problems } = parseYamlFile(bytes, file);
  if (!source) return { problems };
  if (source.text.split('\n', 1)[0]?.trimEnd() !== expected) {
    problems.push(problemAt(file, 'schema-comment', `første linje skal være: ${expected}`, 'warning'));
  }
  const result = schema.safeParse(source.data, { error: danishFallback });
  if (!result.success) return { problems: [...problems, ...schemaProblems(source, result.error.issues)] };
  return { loaded: { file, data: result.data as FileData<K>, index: yamlIndex(source) }, problems };
}
