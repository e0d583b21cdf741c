/**
 * The contact persons' guide (registry/README.md) works as written: its example member, pasted at the end of
 * København's roster as step 3 says, passes `registry check`, and the example error it shows is exactly what the
 * check prints for that member with a private e-mail address.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runEntry } from './testing/run-process.ts';

const guide = await readFile(path.join(ROOT, 'registry/README.md'), 'utf8');
const ROSTER = 'registry/kommuner/101-koebenhavn.yaml';
const temps: string[] = [];

afterAll(() => Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true }))));

/** The YAML block of "Sådan tilføjer du et medlem", without the list item's indentation. */
function exampleMember(): string {
  const section = guide.slice(guide.indexOf('## Sådan tilføjer du et medlem'));
  const block = /^ {3}```yaml\n([\s\S]*?)^ {3}```$/m.exec(section)?.[1];
  if (!block) throw new Error('the guide has no YAML example under "Sådan tilføjer du et medlem"');
  return block.replace(/^ {3}/gm, '');
}

/** A copy of the repository's registry and .github (for the freshness checks) with `member` added to København. */
async function registryWith(member: string): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'sikkerhedsnet-guide-'));
  temps.push(root);
  await cp(path.join(ROOT, 'registry'), path.join(root, 'registry'), { recursive: true });
  await cp(path.join(ROOT, '.github'), path.join(root, '.github'), { recursive: true });
  const roster = await readFile(path.join(ROOT, ROSTER), 'utf8');
  await writeFile(path.join(root, ROSTER), `${roster}${member}`);
  return path.join(root, 'registry');
}

describe('registry/README.md, the guide for contact persons', () => {
  const member = exampleMember();
  const today = /added: "(\d{4}-\d{2}-\d{2})"/.exec(member)?.[1] ?? '';

  it('names an example member who is not in the demo roster', async () => {
    const roster = await readFile(path.join(ROOT, ROSTER), 'utf8');
    const name = /- name: (.+)/.exec(member)?.[1] ?? '';
    const email = /email: (\S+)/.exec(member)?.[1] ?? '';
    expect([name, email]).toEqual(['Ditte Opdigtet', 'ditte.opdigtet@kk.dk']);
    expect(roster).not.toContain(name);
    expect(roster).not.toContain(email);
  });

  it('its example member, pasted as step 3 says, passes the check', async () => {
    const dir = await registryWith(member);
    const run = await runEntry('registry.ts', ['check', '--dir', dir, '--today', today]);
    expect([run.code, run.stdout, run.stderr]).toEqual([0, 'Registret er i orden: 0 fejl, 0 advarsler.\n', '']);
  });

  it('shows the error the check prints for that member with a private e-mail address', async () => {
    const shown = /^registry\/kommuner\/101-koebenhavn\.yaml:\d+:\d+ {2}email-domain .*$/m.exec(guide)?.[0] ?? '';
    const wrong = /e-mailen (\S+)/.exec(shown)?.[1] ?? '';
    expect(wrong).toBe('ditte@gmail.com');
    const dir = await registryWith(member.replace(/email: \S+/, `email: ${wrong}`));
    const run = await runEntry('registry.ts', ['check', '--dir', dir, '--today', today]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(`${shown}\n\nRegistret har fejl: 1 fejl, 0 advarsler.\n`);
  });
});
