/**
 * Re-identification, for two uses only: how many distinct members of each municipality were active, and the
 * contact persons' list of their members not seen for a while. The report holds the quarter keys (`noegler/`) and
 * the registry, so it can compute each member's pseudonym per quarter (#model/activity.ts pseudonym) and look a page
 * event's pseudonym up. Nothing else in the report uses the result: templates count pseudonyms, queries have none.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { activityFiles, type PageEvent, pseudonym, quarterOf } from '#model/activity.ts';
import { KL_CODE } from '#model/municipalities.ts';
import type { Registry } from '../registry/types.ts';

/** A member (or one of KL's admins, municipality `KL`) as the report knows them. */
export interface KnownMember {
  code: string;
  name: string;
  email: string;
  contact: boolean;
  /** The day they were added to the registry. */
  added: string;
}

/** The quarter keys in `<dir>/noegler/`: quarter → key (hex); a file that is not 64 hex digits is listed as bad. */
export async function readQuarterKeys(dir: string): Promise<{ keys: Map<string, string>; bad: string[] }> {
  const keysDir = path.join(dir, activityFiles.keysDir);
  const keys = new Map<string, string>();
  const bad: string[] = [];
  let names: string[];
  try {
    names = (await readdir(keysDir)).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { keys, bad };
    throw error;
  }
  for (const name of names) {
    const quarter = /^(\d{4}-Q[1-4])\.key$/.exec(name)?.[1];
    if (quarter === undefined) continue;
    const text = (await readFile(path.join(keysDir, name), 'utf8')).trim();
    if (/^[0-9a-f]{64}$/i.test(text)) keys.set(quarter, text.toLowerCase());
    else bad.push(path.join(activityFiles.keysDir, name));
  }
  return { keys, bad };
}

/** Every member of the registry's rosters, then KL's admins (municipality `KL`). */
export function knownMembers(registry: Registry): KnownMember[] {
  const members = registry.rosters.flatMap((roster) =>
    roster.members.map((m) => ({
      code: roster.municipality,
      name: m.name,
      email: m.email.toLowerCase(),
      contact: m.contact,
      added: m.added,
    })),
  );
  const admins = registry.admins.map((a) => ({
    code: KL_CODE,
    name: a.name,
    email: a.email.toLowerCase(),
    contact: false,
    added: a.added,
  }));
  return [...members, ...admins];
}

/**
 * The last day each member was seen in `pages`, by e-mail. Events of a quarter without a key, and pseudonyms that
 * are no member of the registry (removed since), are only counted.
 */
export function lastSeen(
  pages: readonly PageEvent[],
  members: readonly KnownMember[],
  keys: ReadonlyMap<string, string>,
): { seen: Map<string, string>; unknown: number; withoutKey: number } {
  const byQuarter = new Map<string, Map<string, KnownMember> | null>();
  const lookup = (quarter: string) => {
    let table = byQuarter.get(quarter);
    if (table === undefined) {
      const key = keys.get(quarter);
      table = key === undefined ? null : new Map(members.map((m) => [pseudonym(key, m.email), m]));
      byQuarter.set(quarter, table);
    }
    return table;
  };
  const seen = new Map<string, string>();
  let unknown = 0;
  let withoutKey = 0;
  for (const event of pages) {
    const table = lookup(quarterOf(event.d));
    if (table === null) {
      withoutKey++;
      continue;
    }
    const member = table.get(event.p);
    if (member === undefined) {
      unknown++;
      continue;
    }
    const previous = seen.get(member.email);
    if (previous === undefined || event.d > previous) seen.set(member.email, event.d);
  }
  return { seen, unknown, withoutKey };
}
