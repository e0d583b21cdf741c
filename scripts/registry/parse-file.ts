import type { z } from 'zod';
import { adminsFileSchema } from '#model/registry/admins.ts';
import { danishFallback } from '#model/registry/danish-errors.ts';
import { kommunerFileSchema } from '#model/registry/kommuner.ts';
import { policyFileSchema } from '#model/registry/policy.ts';
import { rosterFileSchema } from '#model/registry/roster.ts';
import type { Problem } from '../problems/problem.ts';
import { decodeUtf8 } from './decode.ts';
import { fastParse } from './fast-yaml.ts';
import { type FileKind, schemaComment } from './file-names.ts';
import { fastIndex, type PositionIndex } from './position-index.ts';
import { type FileEntry, isReadFailure } from './registry-files.ts';
import { schemaProblems } from './schema-problems.ts';
import { yamlIndex } from './yaml-index.ts';
import { parseYamlFile } from './yaml-source.ts';

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

/** How {@link parseFile} reads YAML. */
export interface ParseFileOptions {
  /** Largest accepted file in bytes. */
  maxBytes: number;
  /** Try the fast reader first (default); false reads every file with the `yaml` package. */
  fastReader?: boolean;
}

const problemAt = (file: string, rule: string, message: string, severity: Problem['severity'] = 'error'): Problem => ({
  file,
  line: 1,
  column: 1,
  rule,
  severity,
  message,
});

const tooLarge = (file: string, size: number, maxBytes: number) =>
  problemAt(
    file,
    'file-too-large',
    `filen er på ${Math.round(size / 1024)} KB; en registerfil må højst fylde ${Math.round(maxBytes / 1024)} KB`,
  );

/** The bytes of an entry, or the problem that says why there are none. */
function bytesOf(entry: FileEntry, file: string, maxBytes: number): Uint8Array | Problem {
  if (!isReadFailure(entry)) return entry.length > maxBytes ? tooLarge(file, entry.length, maxBytes) : entry;
  switch (entry.failure) {
    case 'not-a-file':
      return problemAt(file, 'file-read', 'forventede en fil, men fandt en mappe; flyt eller omdøb den');
    case 'too-large':
      return tooLarge(file, entry.size, maxBytes);
    case 'unreadable':
      return problemAt(file, 'file-read', `filen kan ikke læses (${entry.code ?? 'ukendt fejl'})`);
  }
}

/** Ensure the first line is the `$schema` comment (trailing blanks allowed), whichever reader read the file. */
function commentProblems(text: string, file: string, expected: string): Problem[] {
  if (text.split('\n', 1)[0]?.trimEnd() === expected) return [];
  return [problemAt(file, 'schema-comment', `første linje skal være: ${expected}`, 'warning')];
}

/**
 * Decode, parse and validate one registry file. Never throws for bad content. The fast reader handles the
 * common plain shape; anything else, and every file with a schema problem, goes through the `yaml` package so
 * problems are located the same way whichever reader saw the file first.
 */
export function parseFile<K extends FileKind>(
  entry: FileEntry,
  file: string,
  kind: K,
  options: ParseFileOptions,
): { loaded?: LoadedFile<K>; problems: Problem[] } {
  const bytes = bytesOf(entry, file, options.maxBytes);
  if (!(bytes instanceof Uint8Array)) return { problems: [bytes] };
  const schema = schemas[kind] as z.ZodType;
  const expected = schemaComment(kind);
  if (options.fastReader !== false) {
    const decoded = decodeUtf8(bytes);
    if (decoded.ok && !decoded.text.startsWith('\uFEFF')) {
      const fast = fastParse(decoded.text, file);
      const result = fast && schema.safeParse(fast.data, { error: danishFallback });
      if (fast && result?.success) {
        const problems = commentProblems(decoded.text, file, expected);
        return { loaded: { file, data: result.data as FileData<K>, index: fastIndex(fast, file) }, problems };
      }
    }
  }
  const { source, problems } = parseYamlFile(bytes, file);
  if (!source) return { problems };
  problems.push(...commentProblems(source.text, file, expected));
  const result = schema.safeParse(source.data, { error: danishFallback });
  if (!result.success) return { problems: [...problems, ...schemaProblems(source, result.error.issues)] };
  return { loaded: { file, data: result.data as FileData<K>, index: yamlIndex(source) }, problems };
}
