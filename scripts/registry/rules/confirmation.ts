import { confirmationStatus, isRealDate } from '#model/dates.ts';
import type { Member } from '../types.ts';
import type { RuleContext } from './context.ts';

function eachStatus(ctx: RuleContext, visit: (m: Member, s: ReturnType<typeof confirmationStatus>) => void): void {
  for (const roster of ctx.registry.rosters) {
    for (const m of roster.members) {
      // Bad or future dates are reported by date-real / date-future; an expiry computed from them means nothing.
      if (!isRealDate(m.confirmed) || m.confirmed > ctx.today) continue;
      visit(m, confirmationStatus(m.confirmed, ctx.registry.policy, ctx.today));
    }
  }
}

/** Ensure no member's confirmation is older than the policy's reconfirmation interval. */
export function confirmationExpired(ctx: RuleContext): void {
  const months = ctx.registry.policy.reconfirm_months;
  eachStatus(ctx, (m, s) => {
    if (s.state !== 'expired') return;
    ctx.error(
      m.fields.confirmed ?? m.position,
      `${m.name}: bekræftelsen fra ${m.confirmed} udløb ${s.expires} (gælder ${months} måneder); kontaktpersonen skal genbekræfte (ret confirmed til dags dato) eller fjerne medlemmet`,
    );
  });
}

/** Warn when a member's confirmation expires within the policy's warning window. */
export function confirmationExpiring(ctx: RuleContext): void {
  eachStatus(ctx, (m, s) => {
    if (s.state !== 'expiring') return;
    ctx.warning(
      m.fields.confirmed ?? m.position,
      `${m.name}: bekræftelsen udløber ${s.expires} (om ${s.daysLeft} dage); kontaktpersonen bør genbekræfte (ret confirmed til dags dato)`,
    );
  });
}
