/**
 * `content experience-request --issue-body FILE --author LOGIN`: turns a "Del en erfaring" issue into a new file in
 * templates-library/erfaringer/ when LOGIN is a registry member of that municipality. Prints the Danish answer for
 * the issue; exit 0 when the file was written, 1 when refused, 2 on usage or internal errors. The registry judges
 * the author and the content library builds and checks the file: only this entry point may import both.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { defineCommand } from './command.ts';
import { libraryDirFlag, registryDirFlag, stringFlag, todayFlag } from './flags.ts';
import { UsageError } from './run-cli.ts';

export const experienceRequestCommand = defineCommand({
  summary: 'gør en erfaring fra formularen "Del en erfaring" (issue) til en ny fil i erfaringer/',
  usage:
    'Brug: npm run content -- experience-request --issue-body FIL --author LOGIN [--dir MAPPE] [--registry MAPPE] ' +
    '[--out FIL] [--today ÅÅÅÅ-MM-DD]',
  details:
    'Svaret til sagen skrives på standard-output. Kun et medlem af registret, fundet ud fra GitHub-brugernavnet\n' +
    '(--author), kan dele sin egen kommunes erfaring. Afslutningskode 0: filen er skrevet; 1: afvist med svar.',
  flags: {
    'issue-body': stringFlag('FIL', 'sagens tekst, som GitHub har skrevet den ud fra formularen'),
    author: stringFlag('LOGIN', 'GitHub-brugernavnet på den, der har oprettet sagen'),
    dir: libraryDirFlag,
    registry: registryDirFlag,
    out: stringFlag('FIL', 'skriv stien til den nye fil i FIL (til workflowet), når den er skrevet'),
    today: todayFlag,
  },
  async run(flags) {
    const body = flags['issue-body'];
    const { author, out } = flags;
    if (body === undefined || author === undefined) throw new UsageError('--issue-body og --author skal angives');
    if (!existsSync(body)) throw new UsageError(`filen ${body} findes ikke (angiv sagens tekst med --issue-body)`);
    const { loadRegistry } = await import('../registry/load.ts');
    const { experienceAuthority } = await import('../registry/lifecycle/experience-author.ts');
    const { handleExperienceRequest } = await import('../content/experience-request/handle.ts');
    const loaded = await loadRegistry(flags.registry);
    if (!loaded.registry) {
      // The author is not to blame; the answer says so, and the located problems go to the log.
      const { formatProblemsText } = await import('../problems/problem.ts');
      process.stderr.write(`${formatProblemsText(loaded.problems)}\n`);
      process.stdout.write(
        'Registret kan ikke indlæses lige nu, så erfaringen er ikke gemt; en moderator i KL ser på det.\n',
      );
      return 1;
    }
    const outcome = await handleExperienceRequest({
      body: await readFile(body, 'utf8'),
      dir: flags.dir,
      authority: experienceAuthority(loaded.registry, author.replace(/^@/, '')),
      today: flags.today,
    });
    if (outcome.ok && out !== undefined) {
      await writeFile(out, `${path.relative(process.cwd(), outcome.written).split(path.sep).join('/')}\n`);
    }
    process.stdout.write(`${outcome.answer}\n`);
    return outcome.ok ? 0 : 1;
  },
});
