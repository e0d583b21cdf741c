import type { Admin, Member } from '../types.ts';
import type { Approver, Decision } from './decide.ts';
import type { RegistryChange } from './diff.ts';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function person(p: Member | Admin): string {
  return `${p.name} <${p.email}>`;
}

function memberTags(m: Member): string {
  return m.contact === true ? `${m.tier}, kontaktperson` : m.tier;
}

/** One Danish line for one change, e.g. `+ Anne Demo <anne.demo@kk.dk> (kerne, kontaktperson) i 101 København`. */
export function describeChange(change: RegistryChange): string {
  switch (change.kind) {
    case 'member-added':
      return `+ ${person(change.member)} (${memberTags(change.member)}) i ${change.municipality} ${change.municipalityName}`;
    case 'member-removed':
      return `− ${person(change.member)} (${memberTags(change.member)}) i ${change.municipality} ${change.municipalityName}`;
    case 'member-changed':
      return `~ ${person(change.after)} i ${change.municipality} ${change.municipalityName}: ${change.fields.map((f) => fieldChange(change.before, change.after, f)).join(', ')}`;
    case 'roster-edited':
      return `~ ${change.file} redigeret uden ændring af medlemmer (${change.municipality} ${change.municipalityName})`;
    case 'admin-added':
      return `+ administrator ${person(change.admin)}`;
    case 'admin-removed':
      return `− administrator ${person(change.admin)}`;
    case 'admin-changed':
      return `~ administrator ${person(change.after)}: ${change.fields.map((f) => fieldChange(change.before, change.after, f)).join(', ')}`;
    case 'file-changed':
      return `~ ${change.file} ${change.status}`;
  }
}

function fieldChange(before: object, after: object, field: string): string {
  const show = (v: unknown) => (v === undefined ? '–' : String(v));
  const b = (before as Record<string, unknown>)[field];
  const a = (after as Record<string, unknown>)[field];
  return `${field} ${show(b)} → ${show(a)}`;
}

/** Headline per municipality: `+ 2 medlemmer, − 1 medlem, ~ 1 ændret i 101 København`. */
function headline(changes: readonly RegistryChange[], code: string, name: string): string {
  const added = changes.filter((c) => c.kind === 'member-added').length;
  const removed = changes.filter((c) => c.kind === 'member-removed').length;
  const changed = changes.filter((c) => c.kind === 'member-changed').length;
  const parts: string[] = [];
  if (added) parts.push(`+ ${count(added, 'medlem', 'medlemmer')}`);
  if (removed) parts.push(`− ${count(removed, 'medlem', 'medlemmer')}`);
  if (changed) parts.push(`~ ${count(changed, 'medlem', 'medlemmer')} ændret`);
  if (parts.length === 0) parts.push('~ filen redigeret');
  return `${parts.join(', ')} i ${code} ${name}`;
}

/** The whole change set in readable Danish: one headline per municipality, then one line per change. */
export function formatChanges(changes: readonly RegistryChange[], baseRef: string): string {
  if (changes.length === 0) return `Ingen ændringer i registret i forhold til ${baseRef}.`;
  const lines = [`Ændringer i registret i forhold til ${baseRef}:`];
  const byMunicipality = new Map<string, RegistryChange[]>();
  const other: RegistryChange[] = [];
  for (const c of changes) {
    if ('municipality' in c) byMunicipality.set(c.municipality, [...(byMunicipality.get(c.municipality) ?? []), c]);
    else other.push(c);
  }
  for (const [code, list] of byMunicipality) {
    const first = list[0] as RegistryChange & { municipalityName: string };
    lines.push(headline(list, code, first.municipalityName));
    for (const c of list) lines.push(`    ${describeChange(c)}`);
  }
  if (other.length > 0) {
    lines.push(`${count(other.length, 'ændring', 'ændringer')} i fælles filer`);
    for (const c of other) lines.push(`    ${describeChange(c)}`);
  }
  return lines.join('\n');
}

/** `Anne Demo (@anne-demo)`, or a note that the person has no GitHub login to approve with. */
export function formatApprover(a: Approver): string {
  return a.github ? `${a.name} (@${a.github})` : `${a.name} (${a.email}, ingen GitHub-login)`;
}

function requirementText(d: Decision): string {
  const where = 'municipality' in d.change ? `${d.change.municipality} ${d.change.municipalityName}` : '';
  if (d.requirement === 'admin') return d.ownRecord ? 'kræver en anden administrator' : 'kræver en administrator';
  const other = d.ownRecord ? 'en anden kontaktperson' : 'en kontaktperson';
  return `kræver ${other} for ${where} eller en administrator`;
}

/** The verdict: either one line of approval, or every refused change with who could approve it. */
export function formatDecisions(decisions: readonly Decision[], actor: string): string {
  const login = `@${actor.replace(/^@/, '')}`;
  const refused = decisions.filter((d) => !d.allowed);
  if (refused.length === 0) return `Godkendt: ${login} må foretage alle ændringerne.`;
  const lines = [
    `Afvist: ${login} må ikke foretage ${refused.length} af ${count(decisions.length, 'ændring', 'ændringer')}:`,
  ];
  for (const d of refused) {
    lines.push(`  ✗ ${describeChange(d.change)}`);
    const own = d.ownRecord ? ` (det er ${login}s egen post; ingen godkender sin egen post alene)` : '';
    lines.push(`      ${requirementText(d)}${own}.`);
    lines.push(
      d.approvers.length > 0
        ? `      Kan godkendes af: ${d.approvers.map(formatApprover).join(', ')}`
        : '      Ingen i registret kan godkende den; kontakt KL.',
    );
  }
  return lines.join('\n');
}
