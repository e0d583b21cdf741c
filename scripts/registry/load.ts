import { type LoadResult, type ParseOptions, parseRegistry } from './parse.ts';
import { readRegistryFiles } from './read-files.ts';

export type { LoadResult } from './parse.ts';

/** Options for {@link loadRegistry}. */
export type LoadOptions = ParseOptions;

/**
 * Load the registry in `dir` (docs/interfaces.md §1): {@link readRegistryFiles} then {@link parseRegistry}.
 * Bad content never throws; it becomes located problems. The registry is returned only when no file has an
 * error, so the rules phase always sees complete data.
 */
export async function loadRegistry(dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const read = options.maxFileBytes === undefined ? {} : { maxFileBytes: options.maxFileBytes };
  return parseRegistry(await readRegistryFiles(dir, read), options);
}
