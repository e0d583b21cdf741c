import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import type { Problem } from '../problems/problem.ts';
import { displayPath, scanText } from './library.ts';
import type { RegistryTexts } from './library-types.ts';

/**
 * Read the registry's YAML files as text for the personal-data scan, and the work domains and municipality
 * codes from kommuner.yaml. The registry's own checks validate its structure; here a file that cannot be
 * parsed only costs the domain list, reported as one problem.
 */
export async function loadRegistryTexts(dir: string): Promise<RegistryTexts> {
  const root = path.resolve(dir);
  const names = (await readdir(root, { recursive: true, withFileTypes: true }))
    .filter((d) => d.isFile() && /\.ya?ml$/.test(d.name))
    .map((d) => path.join(d.parentPath, d.name))
    .sort();
  const texts = await Promise.all(
    names.map(async (abs) => scanText(displayPath(root, abs), await readFile(abs, 'utf8'), 'registry')),
  );
  const domains = new Set<string>();
  const municipalities = new Map<string, string>();
  const problems: Problem[] = [];
  const kommuner = texts.find((t) => t.file === displayPath(root, path.join(root, 'kommuner.yaml')));
  if (!kommuner) {
    problems.push(
      registryProblem(
        displayPath(root, path.join(root, 'kommuner.yaml')),
        "Filen mangler. Den skal liste kommunernes og KL's domæner.",
      ),
    );
    return { texts, domains, municipalities, problems };
  }
  try {
    const data = parse(kommuner.text) as {
      kl?: { domains?: unknown };
      kommuner?: { code?: unknown; name?: unknown; domains?: unknown }[];
    };
    for (const d of asStrings(data.kl?.domains)) domains.add(d.toLowerCase());
    for (const k of data.kommuner ?? []) {
      for (const d of asStrings(k.domains)) domains.add(d.toLowerCase());
      if (typeof k.code === 'string') municipalities.set(k.code, typeof k.name === 'string' ? k.name : k.code);
    }
  } catch (error) {
    problems.push(
      registryProblem(
        kommuner.file,
        `Filen kan ikke læses som YAML (${String(error)}). Ret syntaksen; kør \`npm run registry -- check\`.`,
      ),
    );
  }
  return { texts, domains, municipalities, problems };
}

function asStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function registryProblem(file: string, message: string): Problem {
  return { file, line: 1, column: 1, rule: 'private-email', severity: 'error', message };
}
