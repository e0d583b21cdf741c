/**
 * `content template-request --issue-body FILE --author LOGIN`: turns a "Del en skabelon" issue into a new template
 * in its category's folder when LOGIN is in the registry. Prints the Danish answer for the issue; exit 0 when the
 * template was written, 1 when refused, 2 on usage or internal errors. The registry judges the author and the
 * content library downloads, imports and checks the file: only this entry point may import both.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ExperienceAuthorDecision } from '#model/library/experience-form.ts';
import type { TemplateAuthority } from '../content/template-request/handle.ts';
import type { Registry } from '../registry/types.ts';
import { defineCommand } from './command.ts';
import { libraryDirFlag, registryDirFlag, stringFlag, todayFlag } from './flags.ts';
import { UsageError } from './run-cli.ts';

export const templateRequestCommand = defineCommand({
  summary: 'gør en Word-fil fra formularen "Del en skabelon" (issue) til en ny skabelon i dens kategori',
  usage:
    'Brug: npm run content -- template-request --issue-body FIL --author LOGIN [--dir MAPPE] [--registry MAPPE] ' +
    '[--out FIL] [--today ÅÅÅÅ-MM-DD] [--attachment FIL]',
  details:
    'Svaret til sagen skrives på standard-output. Kun et medlem af registret, fundet ud fra GitHub-brugernavnet\n' +
    '(--author), kan dele en skabelon; medlemmets kommune bliver ejer (en administrator deler for KL). Filen\n' +
    'hentes kun fra GitHubs vedhæftninger (https://github.com/user-attachments/files/…), højst 20 MB; med\n' +
    '--attachment bruges en allerede hentet fil. GITHUB_TOKEN sendes, hvis den er sat, kun til github.com.\n' +
    'Afslutningskode 0: skabelonen er skrevet; 1: afvist med svar.',
  flags: {
    'issue-body': stringFlag('FIL', 'sagens tekst, som GitHub har skrevet den ud fra formularen'),
    author: stringFlag('LOGIN', 'GitHub-brugernavnet på den, der har oprettet sagen'),
    dir: libraryDirFlag,
    registry: registryDirFlag,
    out: stringFlag('FIL', 'skriv stierne til de skrevne filer i FIL, én pr. linje, skabelonen først (til workflowet)'),
    today: todayFlag,
    attachment: stringFlag('FIL', 'den vedhæftede .docx-fil, allerede hentet (ellers hentes den fra linket i sagen)'),
  },
  async run(flags) {
    const body = flags['issue-body'];
    const { author, out, attachment } = flags;
    if (body === undefined || author === undefined) throw new UsageError('--issue-body og --author skal angives');
    if (!existsSync(body)) throw new UsageError(`filen ${body} findes ikke (angiv sagens tekst med --issue-body)`);
    if (attachment !== undefined && !existsSync(attachment)) {
      throw new UsageError(`filen ${attachment} findes ikke (angiv den hentede .docx-fil med --attachment)`);
    }
    const { loadRegistry } = await import('../registry/load.ts');
    const { handleTemplateRequest } = await import('../content/template-request/handle.ts');
    const loaded = await loadRegistry(flags.registry);
    if (!loaded.registry) {
      // The author is not to blame; the answer says so, and the located problems go to the log.
      const { formatProblemsText } = await import('../problems/problem.ts');
      process.stderr.write(`${formatProblemsText(loaded.problems)}\n`);
      process.stdout.write(
        'Registret kan ikke indlæses lige nu, så skabelonen er ikke gemt; en moderator i KL ser på det.\n',
      );
      return 1;
    }
    const token = process.env.GITHUB_TOKEN;
    const outcome = await handleTemplateRequest({
      body: await readFile(body, 'utf8'),
      dir: flags.dir,
      authority: await templateAuthority(loaded.registry, author.replace(/^@/, '')),
      today: flags.today,
      ...(attachment !== undefined ? { attachment: new Uint8Array(await readFile(attachment)) } : {}),
      ...(token ? { token } : {}),
    });
    if (outcome.ok && out !== undefined) {
      const relative = (file: string) => path.relative(process.cwd(), file).split(path.sep).join('/');
      await writeFile(out, outcome.written.map((file) => `${relative(file)}\n`).join(''));
    }
    process.stdout.write(`${outcome.answer}\n`);
    return outcome.ok ? 0 : 1;
  },
});

/**
 * The registry's judgement of the template's author: a member of exactly one municipality shares for it (judged
 * as the experience request judges a member writing for their own municipality); a KL admin shares for KL.
 */
async function templateAuthority(registry: Registry, login: string): Promise<TemplateAuthority> {
  const { experienceAuthority } = await import('../registry/lifecycle/experience-author.ts');
  const experience = experienceAuthority(registry, login);
  const judge = (): ExperienceAuthorDecision => {
    const who = login.toLowerCase();
    const homes = registry.rosters.filter((r) => r.members.some((m) => m.github?.toLowerCase() === who));
    const [home, ...others] = homes;
    if (home !== undefined && others.length === 0) return experience.judge(home.municipality);
    if (home !== undefined) {
      return {
        ok: false,
        answer:
          `@${login} står som medlem for flere kommuner (${homes.map((r) => r.municipality).join(', ')}), så robotten ` +
          'kan ikke vide, hvilken kommune der ejer skabelonen. En moderator i KL ser på sagen.',
      };
    }
    const admin = registry.admins.find((a) => a.github?.toLowerCase() === who);
    if (admin !== undefined) {
      const { kl } = registry;
      const owner = { code: 'KL', name: kl.name, fullName: kl.full_name, slug: 'kl' };
      return { ok: true, owner, contact: { name: admin.name, email: admin.email.toLowerCase() } };
    }
    return {
      ok: false,
      answer:
        `@${login} står ikke i Sikkerhedsnets register med det GitHub-brugernavn, så skabelonen kan ikke deles ` +
        'automatisk: kun medlemmer kan dele skabeloner, og robotten finder medlemmet og kommunen ud fra ' +
        'GitHub-brugernavnet. Er du medlem, så bed din kommunes kontaktperson om at skrive dit GitHub-brugernavn i ' +
        'registret (feltet github). Når ændringen er godkendt, kan du rette sagen, så prøver robotten igen.',
    };
  };
  return { ownerCodes: experience.ownerCodes, workDomains: experience.workDomains, judge };
}
