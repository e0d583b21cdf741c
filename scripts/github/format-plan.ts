/** The plan and the apply result in readable Danish, for the terminal and the pull-request comment. */
import type { Action, ApplyResult, SlugMismatch, SyncPlan } from './types.ts';

/** One line per action. */
export function describeAction(a: Action): string {
  switch (a.kind) {
    case 'create-team':
      return `opret team ${a.team} («${a.name}»)`;
    case 'add-member':
      return `${a.reinvite ? 'inviter igen (tidligere invitation fejlede)' : 'tilføj'} @${a.login} til ${a.team}`;
    case 'remove-member':
      return `fjern @${a.login} fra ${a.team}${a.pending ? ' (træk invitationen tilbage)' : ''}`;
    case 'set-repo':
      return `giv ${a.team} ${a.permission}-adgang til ${a.repo}${a.from ? ` (før: ${a.from})` : ''}`;
    case 'remove-repo':
      return `fjern ${a.team}s adgang til ${a.repo} (før: ${a.from})`;
    case 'cancel-invitation':
      return `annullér @${a.login}s invitation til organisationen (er ikke længere i noget team)`;
  }
}

/** The whole plan as Markdown-friendly text. */
export function formatPlanText(plan: SyncPlan): string {
  const lines: string[] = [`Synkroniseringsplan for GitHub-organisationen ${plan.org}`];
  if (plan.actions.length === 0) lines.push('', 'Ingen ændringer: GitHub svarer til registret.');
  else {
    const adds = plan.actions.filter((a) => a.kind === 'add-member').length;
    lines.push('', `${plan.actions.length} ændringer: + ${adds} medlemskaber, − ${plan.removals} medlemskaber.`);
    for (const a of plan.actions) lines.push(`  ${symbol(a)} ${describeAction(a)}`);
  }
  for (const r of plan.renames) {
    const where = r.position ? ` (${r.position.file}:${r.position.line})` : '';
    lines.push(
      `Omdøbt konto: @${r.registryLogin} hedder nu @${r.currentLogin} (id ${r.id}); ret github i registret${where}.`,
    );
  }
  for (const u of plan.unresolved) {
    const where = u.position ? ` (${u.position.file}:${u.position.line})` : '';
    lines.push(`Ukendt konto: @${u.login} ${u.reason}; springes over${where}.`);
  }
  for (const m of plan.slugMismatches) lines.push(slugMismatchText(m));
  for (const w of plan.orgWarnings) lines.push(`Advarsel: ${w}`);
  for (const slug of plan.unmanaged) {
    lines.push(`Teamet ${slug} findes, men er ikke styret af registret (mangler markøren i beskrivelsen); røres ikke.`);
  }
  for (const p of plan.protectedRemovals) lines.push(`Beskyttet: @${p.login} fjernes ikke fra ${p.team}: ${p.reason}.`);
  if (plan.allowLargeRemoval) lines.push(`Stor fjernelse tilladt: ${plan.allowLargeRemoval}`);
  if (plan.refused) lines.push('', `AFVIST: ${plan.refused}`);
  return lines.join('\n');
}

/** What apply did. */
export function formatApplyText(result: ApplyResult): string {
  const lines = [
    `Udført: ${result.applied.length}, fejlet: ${result.failed.length}, sprunget over: ${result.skipped.length}.`,
  ];
  for (const f of result.failed) lines.push(`  FEJL: ${describeAction(f.action)}: ${f.error}`);
  for (const s of result.skipped) lines.push(`  Sprunget over: ${describeAction(s.action)}: ${s.reason}`);
  for (const m of result.slugMismatches) lines.push(`  ${slugMismatchText(m)}`);
  return lines.join('\n');
}

function slugMismatchText(m: SlugMismatch): string {
  return `Teamet ${m.team} har slug ${m.githubSlug} på GitHub (GitHub danner slug af navnet); ret slug i policy.yaml til ${m.githubSlug}.`;
}

function symbol(a: Action): string {
  return a.kind === 'remove-member' || a.kind === 'remove-repo' || a.kind === 'cancel-invitation' ? '−' : '+';
}
