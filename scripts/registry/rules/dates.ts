import { isRealDate } from '#model/dates.ts';
import type { Position } from '../types.ts';
import type { RuleContext } from './context.ts';
import { listedPeople } from './people.ts';

/** Visit every date field of every person with where it is written. */
function eachDate(ctx: RuleContext, visit: (who: string, field: string, value: string, at: Position) => void): void {
  for (const entry of listedPeople(ctx.registry)) {
    const p = entry.person;
    visit(p.name, 'added', p.added, p.fields.added ?? p.position);
    if (entry.kind === 'member') visit(p.name, 'confirmed', entry.person.confirmed, p.fields.confirmed ?? p.position);
  }
}

/** Ensure every date names a day that exists (2026-02-30 does not). */
export function dateReal(ctx: RuleContext): void {
  eachDate(ctx, (who, field, value, at) => {
    if (!isRealDate(value)) ctx.error(at, `${who}: ${field} "${value}" er ikke en rigtig dato; ret dag eller måned`);
  });
}

/** Ensure no date lies after today. */
export function dateFuture(ctx: RuleContext): void {
  eachDate(ctx, (who, field, value, at) => {
    if (value > ctx.today && isRealDate(value)) {
      ctx.error(
        at,
        `${who}: ${field} "${value}" ligger i fremtiden (i dag er ${ctx.today}); skriv den dato, det skete`,
      );
    }
  });
}

/** Ensure a member is not confirmed before they were added. */
export function dateOrder(ctx: RuleContext): void {
  for (const roster of ctx.registry.rosters) {
    for (const m of roster.members) {
      if (!isRealDate(m.added) || !isRealDate(m.confirmed) || m.confirmed >= m.added) continue;
      ctx.error(
        m.fields.confirmed ?? m.position,
        `${m.name}: confirmed "${m.confirmed}" ligger før added "${m.added}"; confirmed skal være samme dag eller senere`,
      );
    }
  }
}
