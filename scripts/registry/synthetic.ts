import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { rosterFileName, schemaComment } from './file-names.ts';
import { writeJsonSchemas } from './json-schema.ts';
import type { Registry } from './types.ts';

/**
 * Write a synthetic registry of `members` fictitious people spread over every municipality of `base`
 * (kommuner.yaml, admins.yaml and policy.yaml are copied from it). Every roster passes `check` on
 * `today`: a contact person first, approvals by that contact, confirmations in the last 90 days.
 */
export async function writeSyntheticRegistry(
  base: Registry,
  target: string,
  members: number,
  today: string,
): Promise<void> {
  await mkdir(path.join(target, 'kommuner'), { recursive: true });
  for (const name of ['kommuner.yaml', 'admins.yaml', 'policy.yaml']) {
    await copyFile(path.join(base.dir, name), path.join(target, name));
  }
  await writeJsonSchemas(target);
  const admin = base.admins[0]?.email ?? 'admin.demo@kl.dk';
  const count = base.kommuner.length;
  const todayMs = Date.parse(`${today}T00:00:00Z`);
  const date = (daysAgo: number) => new Date(todayMs - daysAgo * 86_400_000).toISOString().slice(0, 10);
  for (const [index, m] of base.kommuner.entries()) {
    const domain = m.domains[0] ?? 'example.dk';
    const contact = `person${index}@${domain}`;
    const lines = [schemaComment('roster'), `municipality: "${m.code}"`, 'members:'];
    for (let i = index; i < members; i += count) {
      const first = i === index;
      lines.push(
        `  - name: Demo Person ${i}`,
        `    email: person${i}@${domain}`,
        `    title: ${first ? 'Informationssikkerhedskoordinator' : 'Medarbejder'}`,
        `    tier: ${first || i % 3 !== 0 ? 'kerne' : 'bred'}`,
        ...(first ? ['    contact: true'] : []),
        ...(i % 2 === 0 ? [`    github: demo-person-${i}`, `    github_id: ${2_000_000 + i}`] : []),
        `    added: "${date(400 + (i % 200))}"`,
        `    confirmed: "${date(i % 90)}"`,
        `    approved_by: ${first ? admin : contact}`,
      );
    }
    await writeFile(path.join(target, 'kommuner', rosterFileName(m.code, m.name)), `${lines.join('\n')}\n`);
  }
}
