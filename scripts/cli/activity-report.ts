/**
 * `activity report [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--format md|csv|json] [--separator ;|,] [--dir DIR]
 * [--registry DIR] [--today YYYY-MM-DD] [--inactive-months N] [--municipality CODE] [--keep]`: KL's aggregate
 * activity report, or with --municipality that municipality's list of members not seen for N months (names and
 * addresses: only for its contact persons' reminder, never for an issue). Then deletes activity older than the
 * retention (ACTIVITY_RETENTION_MONTHS before --today) unless --keep. Exit 0: the report; 1: the activity directory
 * or the registry is missing or broken; 2: usage.
 */
import path from 'node:path';
import { ACTIVITY_RETENTION_MONTHS } from '#model/activity.ts';
import { addDays, addMonths } from '#model/dates.ts';
import { DIST_DIR } from '#model/layout.ts';
import { defineCommand } from './command.ts';
import {
  booleanFlag,
  csvSeparatorFlag,
  type Flag,
  formatFlag,
  registryDirFlag,
  stringFlag,
  todayError,
  todayFlag,
} from './flags.ts';
import { UsageError } from './run-cli.ts';

/** The activity directory when --dir is not given: the gate's (SIKKERHEDSNET_ACTIVITY), else its default. */
const defaultDir = () => process.env.SIKKERHEDSNET_ACTIVITY || path.join(DIST_DIR, 'activity');

/** `--from` / `--to`: a real day. */
function dayFlag(help: string): Flag<string | undefined> {
  return {
    type: 'string',
    placeholder: 'ÅÅÅÅ-MM-DD',
    help,
    read(raw, flag) {
      if (typeof raw !== 'string') return undefined;
      const error = todayError(raw, flag);
      if (error) throw new UsageError(error);
      return raw;
    },
  };
}

/** `--inactive-months`: a whole number of months, 1 or more. */
const monthsFlag: Flag<number> = {
  type: 'string',
  placeholder: 'N',
  help: 'med --municipality: medlemmer, der ikke er set i mere end N måneder (standard: 6)',
  read(raw, flag) {
    if (typeof raw !== 'string') return 6;
    if (/^[1-9]\d?$/.test(raw) && Number(raw) <= ACTIVITY_RETENTION_MONTHS) return Number(raw);
    throw new UsageError(
      `${flag} skal være et helt antal måneder fra 1 til ${ACTIVITY_RETENTION_MONTHS}, ikke "${raw}"`,
    );
  },
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const reportCommand = defineCommand({
  summary: "KL's rapport om aktivitet: aktive medlemmer pr. kommune, mest læste skabeloner og søgninger uden svar",
  usage:
    'Brug: npm run activity -- report [--from ÅÅÅÅ-MM-DD] [--to ÅÅÅÅ-MM-DD] [--format md|csv|json] [--separator ;|,] ' +
    '[--dir MAPPE] [--registry MAPPE] [--today ÅÅÅÅ-MM-DD] [--inactive-months N] [--municipality KODE] [--keep]',
  details:
    'Rapporten bygger på portens aktivitetslog i --dir og nævner ingen personer, kun kommuner. CSV har én række pr.\n' +
    'kommune. Med --municipality KODE laves i stedet kommunens liste over medlemmer, der ikke har været på siden i\n' +
    'mere end --inactive-months måneder, med navne og e-mailadresser: den er kun til kommunens kontaktpersoner og må\n' +
    `aldrig lægges i en sag. Bagefter slettes aktivitet ældre end ${ACTIVITY_RETENTION_MONTHS} måneder (ikke med --keep).`,
  flags: {
    from: dayFlag('første dag (standard: dagen efter samme dato måneden før --to)'),
    to: dayFlag('sidste dag (standard: --today)'),
    format: formatFlag(['md', 'csv', 'json']),
    separator: csvSeparatorFlag,
    dir: stringFlag('MAPPE', 'aktivitetsmappen (standard: $SIKKERHEDSNET_ACTIVITY, ellers dist/activity)'),
    registry: registryDirFlag,
    today: todayFlag,
    'inactive-months': monthsFlag,
    municipality: stringFlag('KODE', 'lav listen over inaktive medlemmer for kommunen KODE (fx 101, eller KL)'),
    keep: booleanFlag('slet ikke gammel aktivitet'),
  },
  async run(flags) {
    const to = flags.to ?? flags.today;
    const from = flags.from ?? addDays(addMonths(to, -1), 1);
    if (from > to) throw new UsageError(`--from ${from} ligger efter --to ${to}`);
    if (to > flags.today) throw new UsageError(`--to ${to} ligger efter --today ${flags.today}`);
    const dir = flags.dir ?? defaultDir();
    const { existsSync } = await import('node:fs');
    if (!existsSync(dir)) {
      process.stderr.write(
        `${dir}: aktivitetsmappen findes ikke. Angiv portens mappe med --dir (eller SIKKERHEDSNET_ACTIVITY).\n`,
      );
      return 1;
    }
    const { loadRegistry } = await import('../registry/load.ts');
    const { formatProblemsText } = await import('../problems/problem.ts');
    const { registry, problems } = await loadRegistry(flags.registry);
    const errors = problems.filter((p) => p.severity === 'error');
    if (!registry || errors.length > 0) {
      process.stderr.write(`${formatProblemsText(errors)}\n\nRapporten kan ikke laves, før registret kan indlæses.\n`);
      return 1;
    }
    const { readActivity } = await import('../activity/read.ts');
    const { knownMembers, readQuarterKeys } = await import('../activity/members.ts');
    const { planRetention, applyRetention } = await import('../activity/retention.ts');
    const plan = await planRetention(dir, flags.today);
    const { keys, bad } = await readQuarterKeys(dir);
    const members = knownMembers(registry);

    let output: string;
    let damaged: { pages: number; queries: number };
    if (flags.municipality !== undefined) {
      const code = flags.municipality;
      const name = code === 'KL' ? registry.kl.name : registry.kommuner.find((k) => k.code === code)?.name;
      if (name === undefined)
        throw new UsageError(
          `--municipality ${code} findes ikke i registret; brug en kommunekode fra kommuner.yaml, fx 101, eller KL`,
        );
      const read = await readActivity(dir, { from: plan.cutoff, to: flags.today });
      damaged = read.damaged;
      const { inactiveMembers } = await import('../activity/inactive.ts');
      const { formatInactive } = await import('../activity/inactive-format.ts');
      const list = inactiveMembers(read.pages, members, keys, {
        code,
        name,
        today: flags.today,
        months: flags['inactive-months'],
        keptFrom: plan.cutoff,
      });
      output = formatInactive(list, flags.format, flags.separator);
    } else {
      const { activityReport, neededPeriod } = await import('../activity/report.ts');
      const { formatReport } = await import('../activity/report-format.ts');
      const read = await readActivity(dir, neededPeriod({ from, to }));
      damaged = read.damaged;
      const report = activityReport({ ...read, members, keys, badKeys: bad }, registry, flags.today, { from, to });
      output = formatReport(report, flags.format, flags.separator);
    }
    process.stdout.write(output);

    if (damaged.pages + damaged.queries > 0)
      process.stderr.write(
        `Advarsel: ${plural(damaged.pages + damaged.queries, 'beskadiget linje', 'beskadigede linjer')} i aktivitetsloggen er sprunget over (${damaged.pages} sidevisninger, ${damaged.queries} søgninger).\n`,
      );
    for (const file of bad)
      process.stderr.write(
        `Advarsel: ${path.join(dir, file)} er ikke en gyldig nøgle (64 hextegn) og er ikke brugt.\n`,
      );
    const deletions = `${plural(plan.files.length, 'logfil', 'logfiler')} og ${plural(plan.keys.length, 'nøgle', 'nøgler')} fra før ${plan.cutoff}`;
    if (flags.keep) process.stderr.write(`Opbevaring: med --keep blev ${deletions} ikke slettet.\n`);
    else {
      await applyRetention(dir, plan);
      process.stderr.write(`Opbevaring (${ACTIVITY_RETENTION_MONTHS} måneder): slettede ${deletions}.\n`);
    }
    return 0;
  },
});
