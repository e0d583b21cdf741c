/**
 * One `--today` for every command (scripts/cli/flags.ts): the same refusal of a date that does not exist, and the
 * same default, today in Denmark, whatever the machine's time zone.
 */
import { describe, expect, it } from 'vitest';
import { todayInDenmark } from '#model/dates.ts';
import { runEntry } from './testing/run-process.ts';

const REFUSED = '--today 2026-02-30 findes ikke i kalenderen; skriv en rigtig dato som ÅÅÅÅ-MM-DD, fx 2026-11-28';

describe('--today 2026-02-30', () => {
  it.each([
    ['registry.ts', ['check']],
    ['registry.ts', ['report']],
    ['registry.ts', ['compile', '--out', '/tmp/findes-aldrig.json']],
    ['registry.ts', ['reconfirm']],
    ['registry.ts', ['remove-member', '--email', 'anne.demo@kk.dk']],
    ['registry.ts', ['confirm', '--email', 'anne.demo@kk.dk', '--by', 'anne.demo@kk.dk']],
    ['content.ts', ['check']],
    ['content.ts', ['report']],
  ])('is refused by %s %j with one Danish message and the usage, exit 2', async (script, args) => {
    const run = await runEntry(script, [...args, '--today', '2026-02-30']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const [message, usage, rest] = run.stderr.split('\n');
    expect(message).toBe(REFUSED);
    expect(usage).toMatch(
      new RegExp(
        `^Brug: npm run ${script === 'content.ts' ? 'content' : 'registry'} -- ${args[0]} .*\\[--today ÅÅÅÅ-MM-DD\\]`,
      ),
    );
    expect(rest).toBe('');
  });
});

describe('the default "today"', () => {
  // Kiritimati (UTC+14) and Pago Pago (UTC−11) are a calendar day apart from Denmark at every hour between them:
  // a report dated by the machine's clock would be a day off in at least one of the two.
  it.each(['Pacific/Kiritimati', 'Pacific/Pago_Pago'])(
    'is the same Danish date in content report and registry report with TZ=%s',
    async (TZ) => {
      const before = todayInDenmark();
      const [registry, content] = await Promise.all([
        runEntry('registry.ts', ['report', '--format', 'json'], { TZ }),
        runEntry('content.ts', ['report', '--format', 'json'], { TZ }),
      ]);
      const after = todayInDenmark();
      expect([registry.code, content.code]).toEqual([0, 0]);
      const dates = [JSON.parse(registry.stdout).today, JSON.parse(content.stdout).today];
      expect(dates[0]).toBe(dates[1]);
      expect([before, after]).toContain(dates[0]);
    },
  );
});
