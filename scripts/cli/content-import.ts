/**
 * `content import FILE.docx [--category C] [--owner CODE] [--audience kerne|alle] [--dir D] [--registry D]
 * [--today YYYY-MM-DD]`: a Word document → a new draft template in the library (scripts/content/docx-import/).
 * The registry supplies the owner codes, the owner's name (maintainers) and the work domains for the personal-data
 * check. Exit 0: written (warnings allowed); 1: the file or its text was refused (located problems); 2: usage.
 */
import { readFile, stat } from 'node:fs/promises';
import { type Command, defineCommand } from './command.ts';
import { libraryDirFlag, registryDirFlag, stringFlag, todayFlag } from './flags.ts';
import { UsageError } from './run-cli.ts';

const USAGE =
  'Brug: npm run content -- import FIL.docx --category KATEGORI [--owner KODE] [--audience kerne|alle] [--dir MAPPE] ' +
  '[--registry MAPPE] [--today ÅÅÅÅ-MM-DD]';

const command = defineCommand({
  summary: 'importér et Word-dokument (.docx) som en ny skabelon (udkast) i biblioteket',
  usage: USAGE,
  details:
    'Overskrifter, lister, tabeller, links, fed og kursiv, billeder og afsnit i typografien «Vejledning» bliver til\n' +
    'MDX; pladsholdere som [Kommunens navn] bevares. Titlen tages fra dokumentets egenskaber eller første overskrift.\n' +
    'Filen kontrolleres først (størrelse, zip-bombe, makroer, eksterne koblinger), og teksten kontrolleres som i\n' +
    '«content check» (CPR-numre, persondata, klassifikation): ved fejl skrives intet. Afslutningskode 0: skrevet;\n' +
    '1: afvist; 2: forkert brug.',
  flags: {
    file: stringFlag('FIL', 'Word-dokumentet (kan også skrives som første argument)'),
    category: stringFlag('KATEGORI', 'kategoriens mappe, fx beredskab eller haendelseshaandtering'),
    owner: stringFlag('KODE', 'ejer: KL eller en kommunekode, fx 101 (standard: KL)'),
    audience: stringFlag('kerne|alle', 'hvem må læse skabelonen (standard: kerne)'),
    dir: libraryDirFlag,
    registry: registryDirFlag,
    today: todayFlag,
  },
  async run(flags) {
    const { categoryChoices, resolveCategory } = await import('../content/docx-import/category.ts');
    const file = flags.file;
    if (file === undefined) throw new UsageError('angiv Word-dokumentet, fx npm run content -- import skabelon.docx');
    if (!(await stat(file).catch(() => undefined))?.isFile()) throw new UsageError(`filen ${file} findes ikke`);
    const category = flags.category;
    if (category === undefined || !resolveCategory(category)) {
      throw new UsageError(
        `${category === undefined ? 'Angiv kategorien med --category' : `Kategorien «${category}» findes ikke; angiv --category`}, en af:\n${categoryChoices()}`,
      );
    }
    const audience = flags.audience ?? 'kerne';
    if (audience !== 'kerne' && audience !== 'alle') {
      throw new UsageError(`--audience skal være kerne eller alle (fik "${audience}")`);
    }
    const { loadRegistry } = await import('../registry/load.ts');
    const { formatProblemsText } = await import('../problems/problem.ts');
    const loaded = await loadRegistry(flags.registry);
    if (!loaded.registry) {
      process.stderr.write(`Registret kan ikke indlæses; ret fejlene først:\n${formatProblemsText(loaded.problems)}\n`);
      return 1;
    }
    const registry = loaded.registry;
    const owner = (flags.owner ?? 'KL').trim();
    const ownerName =
      owner.toUpperCase() === 'KL' ? registry.kl.full_name : registry.kommuner.find((k) => k.code === owner)?.full_name;
    if (ownerName === undefined) {
      throw new UsageError(
        `--owner ${owner} findes ikke: skriv KL eller en kommunekode fra registry/kommuner.yaml, fx 101`,
      );
    }
    const { importDocx } = await import('../content/docx-import/import.ts');
    const outcome = await importDocx(new Uint8Array(await readFile(file)), {
      fileName: file,
      category,
      owner: owner.toUpperCase() === 'KL' ? 'KL' : owner,
      audience,
      today: flags.today,
      dir: flags.dir,
      ownerCodes: new Set(registry.kommuner.map((k) => k.code)),
      workDomains: new Set(
        [...registry.kl.domains, ...registry.kommuner.flatMap((k) => k.domains)].map((d) => d.toLowerCase()),
      ),
      maintainers: [ownerName],
    });
    if (!outcome.ok) {
      process.stdout.write(`${formatProblemsText(outcome.problems)}\nIntet er skrevet.\n`);
      return 1;
    }
    const { relative } = await import('node:path');
    const lines = [
      `Skrevet: ${outcome.file}`,
      ...outcome.written.slice(0, -1).map((written) => `Billede: ${relative(process.cwd(), written)}`),
      ...outcome.warnings.map((warning) => `advarsel: ${warning}`),
      'Skabelonen er et udkast (status: udkast): læs den igennem, tilføj tags, og ret resuméet, før den sendes til review.',
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  },
});

/** String flags take the next argument as their value; anything else not starting with `-` is the file. */
const VALUE_FLAGS = new Set(['--file', '--category', '--owner', '--audience', '--dir', '--registry', '--today']);

/** The command, with the Word file also accepted as a plain argument (`import skabelon.docx --category …`). */
export const importCommand: Command = {
  ...command,
  main(argv) {
    const args = [...argv];
    for (let i = 0; i < args.length; i++) {
      const arg = args[i] as string;
      if (arg === '--') break;
      if (VALUE_FLAGS.has(arg)) i++;
      else if (!arg.startsWith('-')) {
        args.splice(i, 1, '--file', arg);
        break;
      }
    }
    return command.main(args);
  },
};
